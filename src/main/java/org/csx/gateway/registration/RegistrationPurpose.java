package org.csx.gateway.registration;

/** Why an order is registered: §601 (enforcement), §609 (modification), or both. */
enum RegistrationPurpose {
    ENFORCEMENT,
    MODIFICATION,
    MODIFICATION_AND_ENFORCEMENT,
    /**
     * Collection of arrears only (Transmittal #1 item 8, CSENet ENF R ERARR). ERARR is not one of the
     * nine registration reasons and names no requester, so {@link RegistrationReasonCode} never yields it;
     * it is set from paper intake.
     */
    ARREARS_ONLY
}
