package org.csx.gateway.documents;

/**
 * What an incoming intergovernmental request asks for, as the rows of the forms matrix (domain brief §2.2) name it.
 * Each has its own required-documents checklist.
 */
enum RequestType {
    /** Establish parentage and support (current, retroactive, medical). */
    PATERNITY_AND_SUPPORT,
    /** Establish support; parentage not at issue. */
    SUPPORT_ESTABLISHMENT,
    /** Enforce an order this (the responding) state issued. */
    ENFORCE_RESPONDING_STATE_ORDER,
    /** Register another jurisdiction's order for enforcement only (UIFSA §§601-602). */
    REGISTRATION_FOR_ENFORCEMENT,
    /** Register for enforcement of arrears only, assigned or not (a Letter of Transmittal Requesting Registration action). */
    REGISTRATION_ARREARS_ONLY,
    /** Register for modification (UIFSA §609). */
    REGISTRATION_FOR_MODIFICATION,
    /** Register for modification and enforcement (UIFSA §§602, 609). */
    REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT,
    /** Determine the controlling order (UIFSA §207). */
    CONTROLLING_ORDER_DETERMINATION,
    /** Review and adjust the responding tribunal's order. */
    REVIEW_AND_ADJUSTMENT,
    /** Redirect payments to the requesting state's SDU (UIFSA §319(b)). */
    REDIRECT_PAYMENTS,
    /** Limited service only (discovery, service of process, genetic testing, copies): Transmittal #3, no case opened. */
    LIMITED_SERVICE,
    /** Locate only, with no CSENet agreement: Child Support Locate Request. */
    LOCATE_ONLY,
    /** Anything on a case already referred: Transmittal #2 to the local office. */
    EXISTING_CASE_ACTION
}
