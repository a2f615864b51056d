package org.csx.gateway.registration;

/** Which §602(a)(4)-(5) party facts the request carries (presence only, never the values). */
record PartyDataPresent(boolean obligorName,
                               boolean obligorAddress,
                               boolean obligorSsn,
                               boolean obligorEmployer,
                               boolean obligorOtherIncomeSources,
                               boolean obligorPropertyInState,
                               boolean obligeeName,
                               boolean obligeeAddress,
                               boolean paymentRecipient) {

    public static PartyDataPresent all() {
        return new PartyDataPresent(true, true, true, true, true, true, true, true, true);
    }
}
