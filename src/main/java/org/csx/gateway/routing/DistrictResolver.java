package org.csx.gateway.routing;

import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Chooses the district for a validated transmittal from the receiver's locator code: the county it
 * names. A transmittal addressed to the state as a whole (county 000, the central registry itself)
 * names no county; it needs a person to route it.
 */
public class DistrictResolver {

    private final DistrictDirectory directory;
    private final String homeState;

    public DistrictResolver(DistrictDirectory directory, String homeState) {
        this.directory = directory;
        this.homeState = homeState;
    }

    public RoutingDecision resolve(TransmittalType transmittal) {
        String receiver = transmittal.getHeader().getReceiverLocatorCode();
        String state = receiver.substring(0, 2);
        String county = receiver.substring(2, 5);
        if (!homeState.equals(state)) {
            return RoutingDecision.unroutable("The receiver locator code names state " + state
                    + ", not this registry's state " + homeState + ".");
        }
        if ("000".equals(county)) {
            return RoutingDecision.unroutable("Addressed to the central registry (county 000) with no county: "
                    + "a registry specialist must choose the district.");
        }
        return directory.forCounty(state + county)
                .map(RoutingDecision::to)
                .orElseGet(() -> RoutingDecision.unroutable("No district is configured for county " + state + county + "."));
    }
}
