package org.csx.gateway.registration;

import java.util.Set;

/**
 * A registration was asked to move to a state that is not reachable from where it is.
 * Unchecked: it signals a caller error (an out-of-order court answer, a replayed event), not a
 * condition the caller is expected to recover from locally. The message names states only,
 * never case or party data.
 */
class RegistrationTransitionRefused extends RuntimeException {

    private final RegistrationStatus current;
    private final RegistrationStatus asked;
    private final Set<RegistrationStatus> allowed;

    public RegistrationTransitionRefused(RegistrationStatus current, RegistrationStatus asked,
                                         Set<RegistrationStatus> allowed) {
        super("Registration cannot move from " + current + " to " + asked + "; allowed from "
                + current + ": " + (allowed.isEmpty() ? "nothing (final state)" : allowed));
        this.current = current;
        this.asked = asked;
        this.allowed = Set.copyOf(allowed);
    }

    public RegistrationStatus current() {
        return current;
    }

    public RegistrationStatus asked() {
        return asked;
    }

    public Set<RegistrationStatus> allowed() {
        return allowed;
    }
}
