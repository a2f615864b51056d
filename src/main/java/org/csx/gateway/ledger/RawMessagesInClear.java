package org.csx.gateway.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A database kept from a version before raw messages were encrypted (./data of the default profile, or a
 * production database migrated to V20) still holds them in clear: at start-up they are sealed, a batch per
 * transaction. Safe on several instances at once (rows are taken with SKIP LOCKED).
 */
@Component
class RawMessagesInClear {

    private static final Logger log = LoggerFactory.getLogger(RawMessagesInClear.class);
    private static final int BATCH = 500;

    private final TransmittalLedger ledger;

    RawMessagesInClear(TransmittalLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener(ApplicationReadyEvent.class)
    public int sealAll() {
        int total = 0;
        for (int sealed = ledger.sealRawMessagesStoredInClear(BATCH); sealed > 0;
             sealed = ledger.sealRawMessagesStoredInClear(BATCH)) {
            total += sealed;
        }
        if (total > 0) {
            log.info("Encrypted {} raw message(s) stored in clear by an earlier version", total);
        }
        return total;
    }
}
