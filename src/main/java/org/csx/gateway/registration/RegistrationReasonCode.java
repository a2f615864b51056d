package org.csx.gateway.registration;

import static org.csx.gateway.registration.RegistrationPurpose.*;
import static org.csx.gateway.registration.RegistrationRequester.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine CSENet ENF reason codes that ask for registration (used with action R or U), and what each
 * means. Source: IGD Appendix B, brief 1.5 [V].
 * ERREG: the IGD title says "by obligor" but its U-row describes a generic "Registration of a Support
 * Order"; we follow the brief and read it as the obligor variant [V for the text, I for the reading].
 */
enum RegistrationReasonCode {
    ERREG(ENFORCEMENT, OBLIGOR),
    ERREO(ENFORCEMENT, OBLIGEE),
    ERRES(ENFORCEMENT, STATE_AGENCY),
    ERFSM(MODIFICATION, OBLIGOR),
    ERFSO(MODIFICATION, OBLIGEE),
    ERFSS(MODIFICATION, STATE_AGENCY),
    ERMEO(MODIFICATION_AND_ENFORCEMENT, OBLIGOR),
    ERMEM(MODIFICATION_AND_ENFORCEMENT, OBLIGEE),
    ERMEE(MODIFICATION_AND_ENFORCEMENT, STATE_AGENCY);

    private final RegistrationPurpose purpose;
    private final RegistrationRequester requester;

    RegistrationReasonCode(RegistrationPurpose purpose, RegistrationRequester requester) {
        this.purpose = purpose;
        this.requester = requester;
    }

    public RegistrationPurpose purpose() {
        return purpose;
    }

    public RegistrationRequester requester() {
        return requester;
    }

    /** The registration reason for a CSENet reason code; empty for any other code (e.g. ERARR, ERWAG). */
    public static Optional<RegistrationReasonCode> fromCode(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        String code = reason.strip();
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The reason code to send for a purpose and requester; ARREARS_ONLY has none among the nine. */
    public static Optional<RegistrationReasonCode> of(RegistrationPurpose purpose, RegistrationRequester requester) {
        return Arrays.stream(values()).filter(c -> c.purpose == purpose && c.requester == requester).findFirst();
    }
}
