package org.csx.gateway.ledger;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What processing needs from the ledger row it holds locked: who sent the transmittal, where it stands, and the
 * transmittal as received ({@code rawMessage}, opened; null once purged by retention).
 */
public record LockedTransmittal(UUID trackingId, String partnerId, String channel, String transactionSerialNumber,
                                OffsetDateTime receivedAt, TransmittalStatus status, String rawMessage) {
}
