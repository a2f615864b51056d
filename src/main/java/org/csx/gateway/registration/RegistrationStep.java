package org.csx.gateway.registration;

import java.util.Objects;
import java.util.Optional;

/** The result of applying one event: the new state and, if any, the CSENet provision to send back. */
record RegistrationStep(RegistrationState state, Optional<CsenetReply> reply) {

    public RegistrationStep {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reply, "reply");
    }

    static RegistrationStep silent(RegistrationState state) {
        return new RegistrationStep(state, Optional.empty());
    }

    static RegistrationStep replying(RegistrationState state, CsenetReply reply) {
        return new RegistrationStep(state, Optional.of(reply));
    }
}
