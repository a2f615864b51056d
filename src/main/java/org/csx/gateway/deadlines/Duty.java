package org.csx.gateway.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One duty's clock as stored (table duty): no personal data, only identifiers and dates. */
public record Duty(long id, UUID trackingId, DutyKind kind, String triggerEvent, OffsetDateTime triggeredAt,
                   LocalDate dueDate, LocalDate escalateOn, LocalDate remindOn, OffsetDateTime reminderSentAt,
                   OffsetDateTime escalatedAt, OffsetDateTime completedAt, String completion) {

    public boolean isOpen() {
        return completedAt == null;
    }
}
