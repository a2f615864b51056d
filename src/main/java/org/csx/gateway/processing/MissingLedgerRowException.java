package org.csx.gateway.processing;

import java.util.UUID;

/**
 * An intake message names a transmittal the ledger does not hold (a forged message, or a database restored
 * to an earlier point). Never dropped: it ends on the dead-letter queue and is recorded for staff, with its
 * body, by the dead-letter recorder.
 */
class MissingLedgerRowException extends RuntimeException {

    public MissingLedgerRowException(UUID trackingId) {
        super("The ledger holds no transmittal " + trackingId);
    }
}
