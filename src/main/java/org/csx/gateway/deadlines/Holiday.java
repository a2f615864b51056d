package org.csx.gateway.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday as the office keeps it: {@code date} is the legal date, {@code observed} the day the office is closed
 * (they differ when a weekend date is moved to a Friday or Monday).
 */
record Holiday(String name, LocalDate date, LocalDate observed) {

    public Holiday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(observed, "observed");
    }

    /** A holiday kept on its own date, even on a weekend. */
    public static Holiday on(String name, LocalDate date) {
        return new Holiday(name, date, date);
    }

    /** The federal observed-date rule (5 U.S.C. 6103(b)): Saturday moves to Friday, Sunday to Monday. */
    public static Holiday observedFederally(String name, LocalDate date) {
        LocalDate observed = switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
        return new Holiday(name, date, observed);
    }
}
