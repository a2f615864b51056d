package org.csx.gateway.registration;

/**
 * Where a UIFSA Article 6 / Article 7 registration stands, from receipt at the central registry
 * to the end of the contest (§§602-608, 706-707).
 */
public enum RegistrationStatus {
    RECEIVED,
    AWAITING_DOCUMENTS,
    SENT_TO_TRIBUNAL,
    /** Filed by the tribunal: under §603 the order is registered from this point. */
    FILED,
    NOTICE_SENT,
    CONTEST_PERIOD,
    /** Confirmed by operation of law (§606) or by the tribunal (§607); §608 bars later contest. */
    CONFIRMED,
    CONTESTED,
    VACATED,
    WITHDRAWN;

    /** Final states admit no further transition, not even withdrawal. */
    public boolean isFinal() {
        return this == CONFIRMED || this == VACATED || this == WITHDRAWN;
    }
}
