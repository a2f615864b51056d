package org.csx.gateway.registration;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;

/**
 * A CSENet transaction to send back to the initiating jurisdiction: function + action + reason
 * (which must be an Appendix-B combination, see {@link RegistrationReplies}) and a short line for the
 * Information block. The line carries no personal data.
 */
record CsenetReply(FunctionalType function, ActionCode action, String reason, String informationLine) {

    /** Information block text lines are 80 characters (transmittal.xsd Text80). */
    public static final int INFORMATION_LINE_MAX = 80;

    public CsenetReply {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(informationLine, "informationLine");
        if (!reason.matches("[A-Z0-9]{5}")) {
            throw new IllegalArgumentException("reason must be 5 upper-case characters");
        }
        if (informationLine.length() > INFORMATION_LINE_MAX) {
            informationLine = informationLine.substring(0, INFORMATION_LINE_MAX);
        }
    }

    /** "ENF P ESREG" form, as the brief and the IGD write it. */
    public String far() {
        return function.value() + " " + action.value() + " " + reason;
    }
}
