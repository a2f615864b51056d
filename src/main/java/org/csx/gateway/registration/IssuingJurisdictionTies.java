package org.csx.gateway.registration;

/**
 * Present ties to the state, tribe or country that issued an order, from which §205 continuing,
 * exclusive jurisdiction (CEJ) follows. CEJ rule per brief 3.2 [M]: the issuing tribunal keeps CEJ while
 * the obligor, the individual obligee or the child lives in the issuing state, or while the parties
 * consent in a record or in open court to its continuing jurisdiction. (Loss of CEJ by consent to
 * another state is expressed by passing false everywhere.)
 */
record IssuingJurisdictionTies(boolean obligorLivesThere,
                                      boolean individualObligeeLivesThere,
                                      boolean childLivesThere,
                                      boolean partiesConsentedToContinuingJurisdiction) {

    public static IssuingJurisdictionTies none() {
        return new IssuingJurisdictionTies(false, false, false, false);
    }

    public static IssuingJurisdictionTies residence(boolean obligor, boolean individualObligee, boolean child) {
        return new IssuingJurisdictionTies(obligor, individualObligee, child, false);
    }

    /** Whether the issuing tribunal would have CEJ under §205 today. */
    public boolean wouldHaveCej() {
        return obligorLivesThere || individualObligeeLivesThere || childLivesThere || partiesConsentedToContinuingJurisdiction;
    }
}
