package org.csx.gateway.validation;

import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Function + action + reason must be a row of the valid transactions table (IGD Appendix B).
 * The reason is required for CSI, and wherever the table has no blank-reason row for the function and action.
 */
public final class FarCombinationRule implements TransmittalRule {
    public static final String FAR_COMBINATION_INVALID = "FAR_COMBINATION_INVALID";
    public static final String REASON_REQUIRED = "REASON_REQUIRED";

    private static final String REASON_PATH = Paths.HEADER + "/ActionReason";
    private static final String ACTION_PATH = Paths.HEADER + "/ActionCode";

    private final FarCodeTable table;

    public FarCombinationRule(FarCodeTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void check(TransmittalType transmittal, List<Violation> violations) {
        TransactionCode code = TransactionCode.of(transmittal);
        if (!code.isComplete()) {
            return; // the schema reports a missing function or action
        }
        String f = code.function();
        String a = code.action();
        if (code.reason() == null) {
            if ("CSI".equals(f) || (table.hasCombination(f, a) && !table.allowsBlankReason(f, a))) {
                violations.add(new Violation(REASON_REQUIRED, REASON_PATH,
                        "An action reason is required for " + f + " " + a + " transactions."));
            } else if (!table.hasCombination(f, a)) {
                violations.add(new Violation(FAR_COMBINATION_INVALID, ACTION_PATH,
                        "Function " + f + " with action " + a + " is not a valid CSENet transaction."));
            }
            return;
        }
        if (!table.isValid(f, a, code.reason())) {
            violations.add(new Violation(FAR_COMBINATION_INVALID, REASON_PATH,
                    "Reason code " + code.reason() + " is not valid with function " + f + " and action " + a
                            + " in the CSENet valid transactions table."));
        }
    }
}
