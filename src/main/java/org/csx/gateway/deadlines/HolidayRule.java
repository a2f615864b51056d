package org.csx.gateway.deadlines;

import java.util.Optional;

/** Produces the holiday a rule gives in one year (by legal date), or nothing if the rule does not apply that year. */
@FunctionalInterface
interface HolidayRule {
    Optional<Holiday> holidayIn(int year);
}
