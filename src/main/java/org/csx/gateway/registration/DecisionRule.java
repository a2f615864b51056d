package org.csx.gateway.registration;

/** The branch of UIFSA §207 that settled (or could not settle) the controlling order. */
enum DecisionRule {
    ONLY_ONE_ORDER("§207(a)"),
    ONLY_ONE_ISSUER_WITH_CEJ("§207(b)(1)"),
    CHILDS_HOME_STATE("§207(b)(2)"),
    MOST_RECENTLY_ISSUED("§207(b)(2)"),
    NEW_ORDER_REQUIRED("§207(b)(3)"),
    /** Not a §207 branch: the rule's tiebreak left two or more orders equal; a tribunal must decide. */
    TIE_FOR_TRIBUNAL("§207(b)(2)");

    private final String section;

    DecisionRule(String section) {
        this.section = section;
    }

    public String section() {
        return section;
    }
}
