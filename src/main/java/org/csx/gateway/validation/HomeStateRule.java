package org.csx.gateway.validation;

import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.TransmittalType;

/** The receiver locator code must name this state: the registry only takes transmittals addressed to it. */
final class HomeStateRule implements TransmittalRule {
    public static final String RECEIVER_NOT_HOME_STATE = "RECEIVER_NOT_HOME_STATE";

    private final String homeStateFips;

    /** @param homeStateFips this state's 2-digit FIPS code, e.g. "36" */
    public HomeStateRule(String homeStateFips) {
        Objects.requireNonNull(homeStateFips, "homeStateFips");
        if (!homeStateFips.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("homeStateFips must be 2 digits");
        }
        this.homeStateFips = homeStateFips;
    }

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        String receiver = t == null || t.getHeader() == null ? null : t.getHeader().getReceiverLocatorCode();
        if (receiver == null || receiver.length() < 2) {
            return; // the schema reports a missing or short locator code
        }
        String state = receiver.substring(0, 2);
        if (!state.equals(homeStateFips)) {
            violations.add(new Violation(RECEIVER_NOT_HOME_STATE, Paths.HEADER + "/ReceiverLocatorCode",
                    "The receiver locator code names state FIPS " + state + ", but this central registry only accepts"
                            + " transmittals for state FIPS " + homeStateFips + "."));
        }
    }
}
