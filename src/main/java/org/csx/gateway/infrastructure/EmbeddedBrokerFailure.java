package org.csx.gateway.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.io.IOCriticalErrorListener;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The embedded broker stops itself on a critical IO error (AMQ222010: its journal's disk full, unwritable or gone). A
 * gateway whose broker has stopped still gives receipts (they rest on the ledger) but forwards nothing, and would wait
 * for a broker that never comes back in this process: so the gateway stops too, in order, and exits with
 * {@value #EXIT_STATUS} (EX_IOERR), for its service manager to start it again once the disk is repaired. Nothing
 * receipted is lost: what was receipted but not forwarded is RECEIVED in the ledger and queued again at the next start
 * (intake.IntakeRecoveryJob); what the outbox had not handed to the broker is still PENDING. Embedded broker only: an
 * external broker is failed over to (MessagingConfiguration).
 */
final class EmbeddedBrokerFailure implements IOCriticalErrorListener, ApplicationContextAware {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerFailure.class);

    /** EX_IOERR of sysexits.h: an input/output error. */
    static final int EXIT_STATUS = 74;

    /** What ends the process after the context is closed: {@code System::exit}, or a test's own. */
    @FunctionalInterface
    interface ProcessExit {
        void exit(int status);
    }

    private final ProcessExit processExit;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ApplicationContext context;

    EmbeddedBrokerFailure(ProcessExit processExit) {
        this.processExit = processExit;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    /** Called by the broker's IO thread once, as it stops: the gateway is stopped from a thread of its own. */
    @Override
    public void onIOException(Throwable cause, String message, String file) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        // the file name and the exception type only: no message of a journal record can reach the log
        log.error("The embedded broker stopped on a critical IO error ({}, file {}): the gateway stops with exit status {}."
                        + " Repair or free the disk under csx.embedded.data-directory and start it again; what was receipted"
                        + " is queued again from the ledger at start.", cause == null ? "unknown" : cause.getClass().getSimpleName(),
                file, EXIT_STATUS);
        Thread stop = new Thread(() -> {
            closeClientSide();
            processExit.exit(SpringApplication.exit(context, () -> EXIT_STATUS));
        }, "csx-embedded-broker-failed");
        stop.setDaemon(false);
        stop.start();
    }

    /**
     * The broker will not come back in this process: its client side is closed first, so that nothing waits for it
     * while the gateway stops. Otherwise every queue's consumer keeps trying to connect, each attempt holding the one
     * shared connection's lock, and a stopping part that still sends (the intake queuer's last batch) waited for that
     * lock without end (seen under load: broker-disk-full.sh). A send now fails at once and stays in the ledger or
     * the outbox.
     */
    private void closeClientSide() {
        for (ConnectionFactory factory : context.getBeansOfType(ConnectionFactory.class).values()) {
            ConnectionFactory target = factory instanceof SingleConnectionFactory single
                    ? single.getTargetConnectionFactory() : factory;
            if (target instanceof ActiveMQConnectionFactory artemis) {
                artemis.close();
            }
        }
    }
}
