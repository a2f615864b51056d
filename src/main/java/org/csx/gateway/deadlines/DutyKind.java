package org.csx.gateway.deadlines;

import java.util.Optional;

/** The duties the gateway keeps a clock for (table duty). */
public enum DutyKind {
    /** Review, forward, acknowledge and ask for missing documents, say where the case went: 10 working days. */
    CENTRAL_REGISTRY_REVIEW(DeadlineKind.CENTRAL_REGISTRY_REVIEW),
    /** Answer a case status inquiry: 5 working days. */
    STATUS_INQUIRY(DeadlineKind.STATUS_INQUIRY),
    /**
     * The sender's documents are outstanding: not a federal timeframe of ours but the wait after which the sender
     * is reminded (CSENet M GRPOU, "attachments overdue"); csx.duties.reminder-after-working-days.
     */
    DOCUMENTS_OUTSTANDING(null),
    /**
     * Initiating side (a district's own request, docs/way-back.md): the other state's central registry acknowledges
     * within 10 working days (its 45 CFR 303.7(b)(2) duty); overdue: one reminder and an item for the district.
     */
    PARTNER_ACKNOWLEDGMENT(DeadlineKind.CENTRAL_REGISTRY_REVIEW),
    /** Initiating side: the responding agency acts within 75 calendar days (45 CFR 303.7(d)). */
    PARTNER_RESPONSE(DeadlineKind.RESPONDING_AGENCY_PROCESSING);

    private final DeadlineKind deadline;

    DutyKind(DeadlineKind deadline) {
        this.deadline = deadline;
    }

    /** The federal timeframe behind the duty, if it is one. */
    public Optional<DeadlineKind> deadline() {
        return Optional.ofNullable(deadline);
    }
}
