package org.csx.gateway.registration;

/** Who asks for registration, as the CSENet ENF reason codes distinguish it. */
enum RegistrationRequester {
    OBLIGOR,
    OBLIGEE,
    STATE_AGENCY
}
