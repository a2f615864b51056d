package org.csx.gateway.intake;

import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.partner.Partner;

/** A stored transmittal: its receipt, the header intake read, and who sent it over which channel. */
public record IntakeResult(ReceiptRecord receipt, TransmittalEnvelope envelope, Partner partner, String channel) {

    public boolean resent() {
        return receipt.resent();
    }
}
