package org.csx.gateway.console;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.deadletter.DeadLetters;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.delivery.SentMessages;
import org.csx.gateway.documents.CaseDocument;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.registration.RegistrationView;

/**
 * One case's story across every channel, in time order: the ledger's statuses, documents arriving, the clocks
 * (started, reminded, escalated, stopped), registration steps and court answers, messages sent to the partner,
 * the district and the court with their deliveries, dead letters and what staff did. Pure: built from what the
 * features return.
 */
final class Timeline {

    /** One thing that happened; {@code channel} says where it was recorded. */
    record Entry(OffsetDateTime at, String channel, String what, String detail) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Timeline ledger(List<TransmittalView.Event> history) {
        history.forEach(e -> add(e.occurredAt(), "Ledger", e.status().name(), e.detail()));
        return this;
    }

    Timeline documents(List<CaseDocument> documents) {
        documents.forEach(d -> add(d.receivedAt(), "Document", "Received " + d.type().name()
                + (d.certified() ? " (certified)" : ""), d.mediaType() + ", " + d.sizeBytes() + " bytes"));
        return this;
    }

    Timeline duties(List<Duty> duties) {
        for (Duty d : duties) {
            add(d.triggeredAt(), "Clock", "Started " + d.kind().name(), d.triggerEvent() + "; due " + d.dueDate());
            add(d.reminderSentAt(), "Clock", "Reminder sent (" + d.kind().name() + ")", null);
            add(d.escalatedAt(), "Clock", "Escalated (" + d.kind().name() + ")", "due " + d.dueDate());
            add(d.completedAt(), "Clock", "Stopped " + d.kind().name(), d.completion());
        }
        return this;
    }

    Timeline registration(RegistrationView registration) {
        if (registration != null) {
            registration.history().forEach(e -> add(e.occurredAt(), "Registration",
                    (e.fromStatus() == null ? "" : e.fromStatus() + " → ") + e.status(), e.detail()));
            // Its documents are the case's (one model): already on the timeline from documents().
        }
        return this;
    }

    Timeline messages(List<SentMessages.SentMessage> messages) {
        for (SentMessages.SentMessage m : messages) {
            add(m.stagedAt(), "Message", m.kind() + " to " + m.destination(),
                    "DELIVERED".equals(m.queued()) ? "on the queue " + m.queuedAt() : "waiting to be queued");
            if (m.delivery() != null) {
                for (SentMessages.Attempt a : m.delivery().attemptHistory()) {
                    add(a.at(), "Delivery", "Attempt " + a.attempt() + " to " + m.delivery().partnerId() + ": " + a.outcome(),
                            a.httpStatus() == null ? null : "HTTP " + a.httpStatus());
                }
            }
        }
        return this;
    }

    Timeline deadLetters(List<DeadLetters.DeadLetter> letters) {
        for (DeadLetters.DeadLetter d : letters) {
            add(d.recordedAt(), "Dead letter", "Dead letter " + d.id() + " (" + d.problem() + ")", d.cause());
            add(d.resolvedAt(), "Dead letter", "Dead letter " + d.id() + " " + d.status() + " by " + d.resolvedBy(),
                    d.resolution());
        }
        return this;
    }

    Timeline staffActions(List<StaffActions.StaffAction> actions) {
        actions.forEach(a -> add(a.occurredAt(), "Staff", a.action() + " by " + a.actor(), a.detail()));
        return this;
    }

    /** Oldest first; entries at the same moment keep the order they were added in. */
    List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::at));
        return sorted;
    }

    private void add(OffsetDateTime at, String channel, String what, String detail) {
        if (at != null) {
            entries.add(new Entry(at, channel, what, detail));
        }
    }
}
