package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.csx.gateway.deadlines.DutyKind;

/**
 * A registration's contest period: the duty-table clock that sets it (one rule set with every other deadline:
 * calendar days rolling off a weekend or holiday of the home state's calendar) and its last day. The period is a
 * duty row; when it has passed uncontested, the duty jobs hand it to {@link RegistrationContestExpiry}.
 */
record ContestPeriod(DutyKind kind, LocalDate lastDayToContest) {

    /** Every clock a contest period can run on. */
    public static final java.util.Set<DutyKind> KINDS = java.util.Set.of(DutyKind.REGISTRATION_CONTEST,
            DutyKind.CONVENTION_REGISTRATION_CONTEST, DutyKind.CONVENTION_REGISTRATION_CONTEST_ABROAD);

    public ContestPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastDayToContest, "lastDayToContest");
    }

    /**
     * §605(b)(2): 20 days (also non-Convention foreign orders, Article 6); §707(b): a Convention order, 30 days,
     * or 60 when the contesting party lives outside the United States.
     */
    public static DutyKind kindFor(boolean conventionOrder, boolean contestingPartyLivesOutsideUs) {
        if (!conventionOrder) {
            return DutyKind.REGISTRATION_CONTEST;
        }
        return contestingPartyLivesOutsideUs ? DutyKind.CONVENTION_REGISTRATION_CONTEST_ABROAD
                : DutyKind.CONVENTION_REGISTRATION_CONTEST;
    }

    public int days() {
        return kind.rule().amount();
    }

    public String section() {
        return kind.citation();
    }

    /** True once {@code asOf} is after the last day: §606 confirmation by operation of law may follow. */
    public boolean hasPassed(LocalDate asOf) {
        return asOf.isAfter(lastDayToContest);
    }
}
