package org.csx.gateway.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of {@link ControllingOrderDetermination}. {@code controlling} is empty when a new order is
 * required (§207(b)(3)) or when a tie must go to the tribunal.
 */
record ControllingOrderDecision(Optional<String> controlling,
                                       boolean newOrderRequired,
                                       DecisionRule rule,
                                       String explanation) {

    public ControllingOrderDecision {
        Objects.requireNonNull(controlling, "controlling");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
        if (newOrderRequired && controlling.isPresent()) {
            throw new IllegalArgumentException("a new order is required only when no order controls");
        }
    }
}
