package org.csx.gateway.routing;

import java.util.Optional;

/** Where a case goes, or why no district could be chosen. */
public record RoutingDecision(Optional<District> district, String problem) {

    public static RoutingDecision to(District district) {
        return new RoutingDecision(Optional.of(district), null);
    }

    public static RoutingDecision unroutable(String problem) {
        return new RoutingDecision(Optional.empty(), problem);
    }
}
