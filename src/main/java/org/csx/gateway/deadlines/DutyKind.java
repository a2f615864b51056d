package org.csx.gateway.deadlines;

import java.util.Objects;

/**
 * Every clock the gateway keeps, each a row of the duty table, with one rule set: its count of days
 * ({@link DueDateRule}: working days on the home state's calendar with its holidays, or calendar days rolling off a
 * weekend or holiday where the law says so), its citation and how sure the domain brief is of it ([V] checked
 * against a source, [M] from memory, [I] inferred), and what happens when it comes due.
 */
public enum DutyKind {
    /**
     * Central registry: check the documents are complete, forward the case, acknowledge receipt and ask for missing
     * documents, tell the initiating agency where the case went.
     */
    CENTRAL_REGISTRY_REVIEW(DueDateRule.workingDays(10), "45 CFR 303.7(b)(2)",
            "[V] in the 2004 text 303.7(a)(2) and the CSENet IGD; [M] that it is (b)(2) today", OnDue.ESCALATE),
    /** Central registry: answer a case status inquiry. */
    STATUS_INQUIRY(DueDateRule.workingDays(5), "45 CFR 303.7(b)(4)",
            "[V] in the 2004 text 303.7(a)(4); [M] that it is (b)(4) today", OnDue.ESCALATE),
    /**
     * The sender's documents are outstanding: not a federal timeframe of ours but the wait after which the sender
     * is reminded (CSENet M GRPOU, "attachments overdue"); its days are csx.duties.reminder-after-working-days.
     */
    DOCUMENTS_OUTSTANDING(null, "45 CFR 303.7(b)(2)", "[I] the reminder wait is the registry's choice", OnDue.REMIND),
    /**
     * Non-registering party: request a hearing to contest a registered order, counted from the notice; when it ends
     * uncontested the order is confirmed by operation of law (§606). UIFSA says "20 days"; counting them as calendar
     * days that roll off a weekend or holiday is [M] (state procedure).
     */
    REGISTRATION_CONTEST(DueDateRule.calendarDaysRollingToWorkingDay(20), "UIFSA §605(b)(2), §606",
            "[V] 20 days; [M] the roll", OnDue.EXPIRE),
    /** Contest of a registered Hague Convention order, contesting party living in the U.S. */
    CONVENTION_REGISTRATION_CONTEST(DueDateRule.calendarDaysRollingToWorkingDay(30), "UIFSA §707(b)",
            "[V] 30 days; [M] the roll", OnDue.EXPIRE),
    /** Contest of a registered Hague Convention order, contesting party living outside the U.S. */
    CONVENTION_REGISTRATION_CONTEST_ABROAD(DueDateRule.calendarDaysRollingToWorkingDay(60), "UIFSA §707(b)",
            "[V] 60 days; [M] the roll", OnDue.EXPIRE),
    /**
     * Initiating side (a district's own request, docs/way-back.md): the other state's central registry acknowledges
     * within 10 working days (its 45 CFR 303.7(b)(2) duty); overdue: one reminder and an item for the district.
     */
    PARTNER_ACKNOWLEDGMENT(DueDateRule.workingDays(10), "45 CFR 303.7(b)(2)",
            "[V] in the 2004 text 303.7(a)(2); [M] that it is (b)(2) today", OnDue.REMIND_WHEN_OVERDUE),
    /** Initiating side: the responding agency acts within 75 calendar days (45 CFR 303.7(d)). */
    PARTNER_RESPONSE(DueDateRule.calendarDays(75), "45 CFR 303.7(d)", "[V] Maine 27-6 A, Wyoming 16-4(a)",
            OnDue.REMIND_WHEN_OVERDUE);

    /** What the duty jobs do when the clock comes due. */
    public enum OnDue {
        /** A duty of the registry's own: escalated to staff before it would be late (registry.overdue). */
        ESCALATE,
        /** A wait on the sender: it is reminded once (DocumentsReminderJob). */
        REMIND,
        /** A period whose end has a legal effect: the feature owning it acts once it has passed ({@link DutyExpiry}). */
        EXPIRE,
        /** A wait on another jurisdiction: once overdue, its owner reminds once and keeps waiting (district requests). */
        REMIND_WHEN_OVERDUE
    }

    private final DueDateRule rule;
    private final String citation;
    private final String basis;
    private final OnDue onDue;

    DutyKind(DueDateRule rule, String citation, String basis, OnDue onDue) {
        this.rule = rule;
        this.citation = Objects.requireNonNull(citation);
        this.basis = Objects.requireNonNull(basis);
        this.onDue = Objects.requireNonNull(onDue);
    }

    /** How the due date is counted; null for {@link #DOCUMENTS_OUTSTANDING}, whose wait is configured. */
    public DueDateRule rule() {
        return rule;
    }

    public String citation() {
        return citation;
    }

    /** How sure the domain brief is of this timeframe, in its [V]/[M]/[I] tags. */
    public String basis() {
        return basis;
    }

    public OnDue onDue() {
        return onDue;
    }
}
