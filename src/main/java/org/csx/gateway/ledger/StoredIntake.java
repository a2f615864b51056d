package org.csx.gateway.ledger;

import java.time.OffsetDateTime;

/** What intake stored for a transmittal: the authenticated partner, channel, serial number, time and message hash. */
public record StoredIntake(String partnerId, String channel, String transactionSerialNumber, OffsetDateTime receivedAt,
                           String sha256) {
}
