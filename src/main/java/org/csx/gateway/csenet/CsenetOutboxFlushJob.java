package org.csx.gateway.csenet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Writes staged outbound records into partners' outbox files every {@code csx.csenet.outbox-flush-interval}. */
class CsenetOutboxFlushJob {

    private static final Logger log = LoggerFactory.getLogger(CsenetOutboxFlushJob.class);

    private final CsenetOutbox outbox;

    public CsenetOutboxFlushJob(CsenetOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(initialDelayString = "${csx.csenet.outbox-flush-interval:2s}",
            fixedDelayString = "${csx.csenet.outbox-flush-interval:2s}")
    public void flush() {
        try {
            outbox.flush();
        } catch (RuntimeException e) {
            // The records stay pending; the next run tries again.
            log.error("Could not write CSENet outbox files; retrying at the next flush", e);
        }
    }
}
