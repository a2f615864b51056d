package org.csx.gateway.deadlines;

/** How a timeframe counts days (domain brief §4). */
enum ClockType {
    /** 45 CFR 303.7: weekends and state holidays excluded [M]. */
    WORKING_DAYS,
    /** Social Security Act §466(a)(14): days state offices are open for regular business [V]. */
    BUSINESS_DAYS,
    /** Every day counts. */
    CALENDAR_DAYS
}
