package org.csx.gateway.registration;

/**
 * Facts that decide which conditional §706(b) records a Convention registration needs.
 *
 * @param respondentAppearedOrWasRepresented if false, proof of notice and opportunity to be heard is needed
 * @param arrearsClaimed                     arrears are sought, so a record of the amount is needed
 * @param automaticAdjustment                the order is indexed, so the adjustment record is needed [M]
 * @param applicantHadFreeLegalAssistance    a record of the extent of free legal assistance is needed [V, "if necessary"]
 * @param decisionInEnglish                  if false, an English translation is needed (§713 [M])
 */
record ConventionFacts(boolean respondentAppearedOrWasRepresented,
                              boolean arrearsClaimed,
                              boolean automaticAdjustment,
                              boolean applicantHadFreeLegalAssistance,
                              boolean decisionInEnglish) {

    /** Facts for a non-Convention request: nothing conditional applies. */
    public static ConventionFacts notApplicable() {
        return new ConventionFacts(true, false, false, false, true);
    }
}
