package org.csx.gateway.validation;

import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * CSENet Case-ID rules for SenderCaseId, ReceiverCaseId and Information/NewCaseId: the first position is not a
 * space, no {@code *} or {@code \}, and not made of zeros and spaces only. Plus when each is required:
 * the sender's case id except in LO1 responses and acknowledgments; the receiver's in responses,
 * acknowledgments and CSI; the new case id in MSC P GSCAS.
 * Messages name the rule, not the value: some states' case ids embed personal identifiers.
 */
public final class CaseIdRule implements TransmittalRule {
    public static final String CASE_ID_INVALID = "CASE_ID_INVALID";
    public static final String CASE_ID_REQUIRED = "CASE_ID_REQUIRED";

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        HeaderType header = t == null ? null : t.getHeader();
        if (header == null) {
            return;
        }
        TransactionCode code = TransactionCode.of(t);
        String senderPath = Paths.HEADER + "/SenderCaseId";
        String receiverPath = Paths.HEADER + "/ReceiverCaseId";
        String newCasePath = Paths.INFORMATION + "/NewCaseId";

        if (isAbsent(header.getSenderCaseId())) {
            if (code.isComplete() && senderCaseIdRequired(code)) {
                violations.add(new Violation(CASE_ID_REQUIRED, senderPath,
                        "The sender's case ID is required for " + code.label() + " transactions."));
            }
        } else {
            format(header.getSenderCaseId()).ifPresent(rule -> violations.add(
                    new Violation(CASE_ID_INVALID, senderPath, "The sender's case ID " + rule + ".")));
        }

        if (isAbsent(header.getReceiverCaseId())) {
            if (code.isComplete() && receiverCaseIdRequired(code)) {
                violations.add(new Violation(CASE_ID_REQUIRED, receiverPath,
                        "The receiver's case ID is required in responses, acknowledgments and CSI transactions."));
            }
        } else {
            format(header.getReceiverCaseId()).ifPresent(rule -> violations.add(
                    new Violation(CASE_ID_INVALID, receiverPath, "The receiver's case ID " + rule + ".")));
        }

        InformationType info = t.getInformation();
        String newCaseId = info == null ? null : info.getNewCaseId();
        if (isAbsent(newCaseId)) {
            if (code.is("MSC", "P", "GSCAS")) {
                violations.add(new Violation(CASE_ID_REQUIRED, newCasePath,
                        "An MSC P GSCAS transaction must give the new case ID in the Information block."));
            }
        } else {
            format(newCaseId).ifPresent(rule -> violations.add(
                    new Violation(CASE_ID_INVALID, newCasePath, "The new case ID " + rule + ".")));
        }
    }

    static boolean senderCaseIdRequired(TransactionCode c) {
        return !c.is("LO1", "P") && !c.actionIs("A");
    }

    static boolean receiverCaseIdRequired(TransactionCode c) {
        return c.actionIs("P", "A") || c.functionIs("CSI");
    }

    /** The broken rule as a sentence fragment, or empty when the id is well formed. */
    static Optional<String> format(String caseId) {
        if (caseId.charAt(0) == ' ') {
            return Optional.of("must not start with a space");
        }
        if (caseId.indexOf('*') >= 0 || caseId.indexOf('\\') >= 0) {
            return Optional.of("must not contain * or \\");
        }
        if (caseId.chars().allMatch(ch -> ch == '0' || ch == ' ')) {
            return Optional.of("must not be made only of zeros and spaces");
        }
        return Optional.empty();
    }

    /** Null or empty: not sent. A value of spaces is sent, and breaks the first-position rule. */
    private static boolean isAbsent(String s) {
        return s == null || s.isEmpty();
    }
}
