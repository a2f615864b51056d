package org.csx.gateway.registration;

/** Which statute sets the window for contesting a registration. */
public enum ContestRule {
    /** §605(b)(2)/§606: 20 days after notice. Also non-Convention foreign orders (Article 6). [V] */
    UIFSA_605_TWENTY_DAYS(20, "UIFSA §605(b)(2), §606"),
    /** §707(b): Convention order, contesting party lives in the United States: 30 days. [V] */
    CONVENTION_707_THIRTY_DAYS(30, "UIFSA §707(b)"),
    /** §707(b): Convention order, contesting party lives outside the United States: 60 days. [V] */
    CONVENTION_707_SIXTY_DAYS(60, "UIFSA §707(b)");

    private final int days;
    private final String section;

    ContestRule(int days, String section) {
        this.days = days;
        this.section = section;
    }

    public int days() {
        return days;
    }

    public String section() {
        return section;
    }
}
