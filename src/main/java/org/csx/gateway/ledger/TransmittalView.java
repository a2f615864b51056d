package org.csx.gateway.ledger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A ledger entry as staff and the API see it: no personal data, only identifiers and history. */
public record TransmittalView(
        UUID trackingId,
        String partnerId,
        String channel,
        String senderKind,
        String senderLocatorCode,
        String senderCountryCode,
        String transactionSerialNumber,
        String functionalType,
        String actionCode,
        String actionReason,
        String senderCaseId,
        OffsetDateTime receivedAt,
        TransmittalStatus status,
        OffsetDateTime statusChangedAt,
        String districtId,
        String statusReason,
        List<Event> history,
        List<Violation> violations) {

    public record Event(TransmittalStatus status, OffsetDateTime occurredAt, String detail) {
    }

    public record Violation(String code, String path, String message) {
    }
}
