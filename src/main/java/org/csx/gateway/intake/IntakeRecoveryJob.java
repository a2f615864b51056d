package org.csx.gateway.intake;

import org.csx.gateway.contract.MessageHeaders;

import jakarta.jms.ConnectionFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing receipted may be lost: a transmittal is stored before its receipt and put on the intake queue
 * just after. If the process died in between, the broker refused the message, or processing let it go
 * because the database was down, the ledger still says RECEIVED: this job, deciding from the ledger alone,
 * puts it on the queue again.
 *
 * <p>Each transmittal is re-queued in its own transaction (one failure never holds back the others) under a
 * FRESH duplicate id (the id of its first queueing may still sit in the broker's duplicate cache, which
 * would drop the copy for ever). Processing is idempotent by ledger state, so a copy of a transmittal that
 * was still on the queue is harmless. Several instances may run it at once: each row is claimed with
 * SKIP LOCKED.
 */
@Component
public class IntakeRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecoveryJob.class);
    private static final int BATCH = 500;

    private final TransmittalLedger ledger;
    private final JmsTemplate jms;
    private final TransactionTemplate transaction;
    private final CsxProperties properties;

    public IntakeRecoveryJob(TransmittalLedger ledger, ConnectionFactory connectionFactory,
                             PlatformTransactionManager transactionManager, CsxProperties properties) {
        this.ledger = ledger;
        this.jms = new JmsTemplate(connectionFactory);
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${csx.recovery.interval:30s}", fixedDelayString = "${csx.recovery.interval:30s}")
    public void requeueStranded() {
        requeueReceivedBefore(OffsetDateTime.now().minus(properties.getRecovery().getRequeueAfter()));
    }

    /** @return how many transmittals were put on the intake queue again */
    public int requeueReceivedBefore(OffsetDateTime cutoff) {
        List<UUID> stranded = ledger.strandedBefore(cutoff, BATCH);
        int requeued = 0;
        int failed = 0;
        for (UUID trackingId : stranded) {
            try {
                if (requeue(trackingId, cutoff)) {
                    requeued++;
                }
            } catch (JmsException e) {
                // the broker is away: the rest would fail the same way; the next run tries again
                log.warn("Recovery stopped after {} re-queued: the broker did not take transmittal {} ({})",
                        requeued, trackingId, e.getClass().getSimpleName());
                failed++;
                break;
            } catch (RuntimeException e) {
                log.warn("Recovery could not re-queue transmittal {} ({}); it is tried again on the next run",
                        trackingId, e.getClass().getSimpleName());
                failed++;
            }
        }
        if (requeued > 0 || failed > 0) {
            log.warn("Put {} transmittal(s) still RECEIVED back on the intake queue ({} failed)", requeued, failed);
        }
        return requeued;
    }

    /** One transmittal, in its own transaction: claimed, sent, counted; the claim is undone if the send fails. */
    private boolean requeue(UUID trackingId, OffsetDateTime cutoff) {
        Boolean done = transaction.execute(tx -> {
            Optional<Integer> queueing = ledger.claimForRequeue(trackingId, cutoff);
            if (queueing.isEmpty()) {
                return false;
            }
            TransmittalView view = ledger.find(trackingId).orElseThrow();
            jms.send(properties.getQueues().getIntake(), session -> {
                var message = session.createTextMessage(IntakeMessages.pointer(trackingId.toString()));
                for (var header : IntakeMessages.requeueHeaders(view).entrySet()) {
                    message.setStringProperty(header.getKey(), header.getValue());
                }
                message.setStringProperty(MessageHeaders.DUPLICATE_ID,
                        IntakeMessages.intakeDuplicateId(trackingId.toString()) + "-" + queueing.get() + "-" + UUID.randomUUID());
                return message;
            });
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
