package org.csx.gateway.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable snapshot of one registration: its status and, once filed, the tribunal's docket number.
 * Every move returns a new snapshot; a refused move throws and leaves the old one untouched.
 */
record RegistrationState(RegistrationStatus status, Optional<String> docketNumber) {

    public RegistrationState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(docketNumber, "docketNumber");
    }

    public static RegistrationState received() {
        return new RegistrationState(RegistrationStatus.RECEIVED, Optional.empty());
    }

    /**
     * Moves to {@code asked}. FILED is not reachable this way because filing needs a docket number:
     * use {@link #filed(String)}.
     */
    public RegistrationState moveTo(RegistrationStatus asked) {
        if (asked == RegistrationStatus.FILED) {
            RegistrationLifecycle.requireAllowed(status, asked);
            throw new IllegalArgumentException("FILED needs the tribunal's docket number; use filed(docket)");
        }
        return new RegistrationState(RegistrationLifecycle.requireAllowed(status, asked), docketNumber);
    }

    /** SENT_TO_TRIBUNAL -> FILED; §603: the order is registered when filed. */
    public RegistrationState filed(String docket) {
        RegistrationLifecycle.requireAllowed(status, RegistrationStatus.FILED);
        if (docket == null || docket.isBlank()) {
            throw new IllegalArgumentException("FILED needs a non-blank docket number");
        }
        return new RegistrationState(RegistrationStatus.FILED, Optional.of(docket.strip()));
    }
}
