package org.csx.gateway.ledger;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The receipt for a stored transmittal. {@code resent} is true when the partner had already sent
 * this serial number: the original receipt is returned and nothing is processed again.
 */
public record ReceiptRecord(UUID trackingId, OffsetDateTime receivedAt, boolean resent, boolean sameContent) {
}
