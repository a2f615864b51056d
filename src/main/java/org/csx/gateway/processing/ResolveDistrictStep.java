package org.csx.gateway.processing;

import org.apache.camel.ExchangeProperty;
import org.apache.camel.Message;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.routing.DistrictResolver;
import org.csx.gateway.routing.RoutingDecision;

/** Chooses the district a valid transmittal goes to, or notes why none could be chosen. */
public class ResolveDistrictStep {

    private final DistrictResolver resolver;

    public ResolveDistrictStep(DistrictResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Marks the transmittal routed or unroutable and says so on the message, for the route's choice and the
     * messages that follow: {@value MessageHeaders#DISTRICT_ID} when a district was found, else
     * {@value MessageHeaders#ROUTING_PROBLEM} (never both).
     */
    public void resolve(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess, Message message) {
        RoutingDecision decision = resolver.resolve(inProcess.getTransmittal());
        decision.district().ifPresentOrElse(inProcess::markRoutedTo, () -> inProcess.markUnroutable(decision.problem()));
        if (inProcess.isRouted()) {
            message.setHeader(MessageHeaders.DISTRICT_ID, inProcess.getDistrictId());
            message.removeHeader(MessageHeaders.ROUTING_PROBLEM);
        } else {
            message.removeHeader(MessageHeaders.DISTRICT_ID);
            message.setHeader(MessageHeaders.ROUTING_PROBLEM, inProcess.getRoutingProblem());
        }
    }
}
