package org.csx.gateway.processing;

import org.apache.camel.ExchangeProperty;
import org.csx.gateway.routing.DistrictResolver;
import org.csx.gateway.routing.RoutingDecision;

/** Chooses the district a valid transmittal goes to, or notes why none could be chosen. */
public class ResolveDistrictStep {

    private final DistrictResolver resolver;

    public ResolveDistrictStep(DistrictResolver resolver) {
        this.resolver = resolver;
    }

    public void resolve(@ExchangeProperty("transmittal") TransmittalInProcess inProcess) {
        RoutingDecision decision = resolver.resolve(inProcess.getTransmittal());
        decision.district().ifPresentOrElse(inProcess::markRoutedTo, () -> inProcess.markUnroutable(decision.problem()));
    }
}
