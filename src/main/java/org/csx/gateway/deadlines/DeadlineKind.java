package org.csx.gateway.deadlines;

/**
 * The timeframes the gateway tracks, from domain brief §4, each with its clock, its citation and how sure the brief
 * is of it ([V] checked against a source, [M] from memory, [I] inferred).
 */
public enum DeadlineKind {
    /**
     * Central registry: check the documents are complete, forward the case (to the SPLS or the local office),
     * acknowledge receipt and ask for missing documents, tell the initiating agency where the case went.
     */
    CENTRAL_REGISTRY_REVIEW(DueDateRule.workingDays(10), "45 CFR 303.7(b)(2)",
            "[V] in the 2004 text 303.7(a)(2) and the CSENet IGD; [M] that it is (b)(2) today"),
    /** Central registry: answer a case status inquiry. */
    STATUS_INQUIRY(DueDateRule.workingDays(5), "45 CFR 303.7(b)(4)",
            "[V] in the 2004 text 303.7(a)(4); [M] that it is (b)(4) today"),
    /** Any IV-D agency: tell the other agency of new information on the case. */
    NEW_INFORMATION_NOTICE(DueDateRule.workingDays(10), "45 CFR 303.7(a)(7)", "[V]"),
    /** Any IV-D agency: provide order and payment records requested for a controlling-order determination. */
    DCO_RECORDS_REQUEST(DueDateRule.workingDays(30), "45 CFR 303.7(a)(6)", "[V]"),
    /** Responding agency: locate and process, from receipt of the forms and documents from the central registry. */
    RESPONDING_AGENCY_PROCESSING(DueDateRule.calendarDays(75), "45 CFR 303.7(d)", "[V] Maine 27-6 A, Wyoming 16-4(a)"),
    /** Responding agency: forward or return the case after locating the NCP in another state or county. */
    FORWARD_AFTER_LOCATE(DueDateRule.workingDays(10), "45 CFR 303.7(d)",
            "[V] Maine 27-6 C-D; Wyoming says business days"),
    /** Responding agency: file a requested controlling-order determination with its tribunal. */
    DCO_FILING(DueDateRule.calendarDays(30), "45 CFR 303.7(d)", "[V] filing; Wyoming 16-4, Maine 27-6"),
    /** Responding agency: stop withholding and close the case on the initiating agency's instruction (GSC18). */
    CLOSURE_ON_INSTRUCTION(DueDateRule.workingDays(10), "45 CFR 303.7(d)(9)", "[V] CSENet IGD GSC18"),
    /** Initiating agency: answer a responding agency's request for more information. */
    INITIATING_AGENCY_REPLY(DueDateRule.calendarDays(30), "45 CFR 303.7(c)", "[V] Maine 27-5 F"),
    /** High-volume automated administrative enforcement: answer another state's request. */
    AEI_RESPONSE(DueDateRule.businessDays(5), "Social Security Act §466(a)(14)", "[V] PRWORA §323"),
    /** Responding agency: forward a collection after the SDU receives it. */
    COLLECTION_FORWARDING(DueDateRule.businessDays(2), "45 CFR 302.32(b)", "[M]"),
    /**
     * Non-registering party: request a hearing to contest a registered order, counted from the notice. UIFSA says
     * "20 days"; counting them as calendar days that roll off a weekend or holiday is [M].
     */
    REGISTRATION_CONTEST(DueDateRule.calendarDaysRollingToWorkingDay(20), "UIFSA §605", "[V] 20 days; [M] the roll"),
    /** Contest of a registered Hague Convention order, contesting party living in the U.S. */
    CONVENTION_REGISTRATION_CONTEST(DueDateRule.calendarDaysRollingToWorkingDay(30), "UIFSA §707", "[V] 30 days; [M] the roll"),
    /** Contest of a registered Hague Convention order, contesting party living outside the U.S. */
    CONVENTION_REGISTRATION_CONTEST_ABROAD(DueDateRule.calendarDaysRollingToWorkingDay(60), "UIFSA §707",
            "[V] 60 days; [M] the roll");

    private final DueDateRule rule;
    private final String citation;
    private final String basis;

    DeadlineKind(DueDateRule rule, String citation, String basis) {
        this.rule = rule;
        this.citation = citation;
        this.basis = basis;
    }

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
}
