package org.csx.gateway.ledger;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.SenderKind;

/** What intake knows of a transmittal when it stores it, before any validation. */
public record ReceivedTransmittal(
        String partnerId,
        String channel,
        SenderKind senderKind,
        String senderLocatorCode,
        String senderCountryCode,
        String transactionSerialNumber,
        String functionalType,
        String actionCode,
        String actionReason,
        String senderCaseId,
        String rawMessage,
        String sha256) {
}
