package org.csx.gateway.validation;

import java.util.Set;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Function + action + reason of a transmittal, read null-safely from its header. The rules of the IGD are keyed
 * on these three codes. Blank reason = null.
 */
record TransactionCode(String function, String action, String reason) {

    static TransactionCode of(TransmittalType t) {
        HeaderType h = t == null ? null : t.getHeader();
        if (h == null) {
            return new TransactionCode(null, null, null);
        }
        String function = h.getFunctionalType() == null ? null : h.getFunctionalType().value();
        String action = h.getActionCode() == null ? null : h.getActionCode().value();
        String reason = h.getActionReason() == null || h.getActionReason().isBlank() ? null : h.getActionReason().trim();
        return new TransactionCode(function, action, reason);
    }

    boolean isComplete() {
        return function != null && action != null;
    }

    boolean functionIs(String... functions) {
        return function != null && Set.of(functions).contains(function);
    }

    boolean actionIs(String... actions) {
        return action != null && Set.of(actions).contains(action);
    }

    boolean is(String function, String action) {
        return function.equals(this.function) && action.equals(this.action);
    }

    boolean is(String function, String action, String reason) {
        return is(function, action) && reason.equals(this.reason);
    }

    /** Requests and updates: the IGD's "R and U" transactions that carry the full case. */
    boolean isRequestOrUpdate() {
        return actionIs("R", "U");
    }

    /** IGD convention: a reason whose 2nd character is S reports a success and must carry data. */
    boolean isSuccessReason() {
        return reason != null && reason.length() >= 2 && reason.charAt(1) == 'S';
    }

    /** "ENF R ERRES" or "LO1 R" for messages. */
    String label() {
        String base = (function == null ? "?" : function) + " " + (action == null ? "?" : action);
        return reason == null ? base : base + " " + reason;
    }

    /** "An ENF R ERRES" / "A PAT R": the label with its article, to start a sentence. */
    String withArticle() {
        return (functionIs("LO1", "EST", "ENF", "MSC") ? "An " : "A ") + label();
    }
}
