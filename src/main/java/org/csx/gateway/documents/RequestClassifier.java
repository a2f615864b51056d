package org.csx.gateway.documents;

import static org.csx.gateway.documents.RequestType.*;

import java.util.Map;
import java.util.Optional;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.FunctionalType;

/**
 * Which checklist a CSENet function/action/reason calls for (domain brief §§1.5, 1.6, 2.2). Only new requests
 * (action R) have one; acknowledgments, provisions, updates, reminders, cancels, CSI, COL and the ENF reasons
 * ERTXR (tax offset review) and ERSTA (status) give {@link Optional#empty()}: no documents to check.
 */
final class RequestClassifier {

    private static final Map<String, RequestType> EST_REASONS = Map.of(
            "SRORD", SUPPORT_ESTABLISHMENT, "SROPP", SUPPORT_ESTABLISHMENT, "SROMC", SUPPORT_ESTABLISHMENT,
            "SROSS", SUPPORT_ESTABLISHMENT, "SROOC", SUPPORT_ESTABLISHMENT,
            "SRPAT", PATERNITY_AND_SUPPORT,
            "SRMOD", REVIEW_AND_ADJUSTMENT, "SRADJ", REVIEW_AND_ADJUSTMENT);

    /*
     * ERARR ("collect arrears only", Transmittal #1 "Collection of Arrears Only") does not say whose order it is.
     * Enforcing another jurisdiction's order here needs registration (§§601-602) or §507 administrative enforcement,
     * and both need the registration papers (brief §2.2), so by default it takes the arrears-only registration
     * checklist: asking for papers that turn out unneeded costs less than forwarding a case as complete that cannot
     * be enforced. When the Order block shows this state issued the order, it is enforcement of our own order. [I]
     */
    private static final Map<String, RequestType> ENF_REASONS = Map.ofEntries(
            Map.entry("ERREG", REGISTRATION_FOR_ENFORCEMENT), Map.entry("ERREO", REGISTRATION_FOR_ENFORCEMENT),
            Map.entry("ERRES", REGISTRATION_FOR_ENFORCEMENT),
            Map.entry("ERFSM", REGISTRATION_FOR_MODIFICATION), Map.entry("ERFSO", REGISTRATION_FOR_MODIFICATION),
            Map.entry("ERFSS", REGISTRATION_FOR_MODIFICATION),
            Map.entry("ERMEO", REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT),
            Map.entry("ERMEM", REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT),
            Map.entry("ERMEE", REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT),
            Map.entry("ERARR", REGISTRATION_ARREARS_ONLY),
            Map.entry("EREXO", ENFORCE_RESPONDING_STATE_ORDER), Map.entry("ERALL", ENFORCE_RESPONDING_STATE_ORDER),
            Map.entry("ERWAG", ENFORCE_RESPONDING_STATE_ORDER));

    /*
     * The 303.7(a)(8) limited services are Transmittal #3 work. GRUPD (status), GRINT (interest) and GRPAY (change
     * payee) concern a case already referred, which the forms matrix sends with a Transmittal #2: they are
     * EXISTING_CASE_ACTION, not LIMITED_SERVICE. [V for GRPOC = T#3, GRUPD = T#2, GRPAY = T#2 item 8; I for the rest]
     */
    private static final Map<String, RequestType> MSC_REASONS = Map.ofEntries(
            Map.entry("GRPOC", LIMITED_SERVICE), Map.entry("GRFIN", LIMITED_SERVICE), Map.entry("GRAFI", LIMITED_SERVICE),
            Map.entry("GRAGT", LIMITED_SERVICE), Map.entry("GRBTR", LIMITED_SERVICE), Map.entry("GRGAP", LIMITED_SERVICE),
            Map.entry("GRTHD", LIMITED_SERVICE),
            Map.entry("GRUPD", EXISTING_CASE_ACTION), Map.entry("GRINT", EXISTING_CASE_ACTION),
            Map.entry("GRPAY", EXISTING_CASE_ACTION));

    private RequestClassifier() {
    }

    public static Optional<RequestType> classify(FunctionalType function, ActionCode action, String reason) {
        if (function == null || action != ActionCode.R) {
            return Optional.empty();
        }
        String code = reason == null ? "" : reason.strip().toUpperCase();
        return Optional.ofNullable(switch (function) {
            case PAT -> code.isEmpty() ? PATERNITY_AND_SUPPORT : null;
            case LO_1 -> code.isEmpty() ? LOCATE_ONLY : null;
            case EST -> EST_REASONS.get(code);
            case ENF -> ENF_REASONS.get(code);
            case MSC -> MSC_REASONS.get(code);
            case CSI, COL -> null;
        });
    }

    /**
     * As {@link #classify(FunctionalType, ActionCode, String)}, knowing whether the order to enforce was issued by
     * this state (from the Order block's locator code): then ERARR is enforcement of our own order.
     */
    public static Optional<RequestType> classify(FunctionalType function, ActionCode action, String reason,
                                                 boolean orderIssuedByThisState) {
        return classify(function, action, reason)
                .map(t -> t == REGISTRATION_ARREARS_ONLY && orderIssuedByThisState ? ENFORCE_RESPONDING_STATE_ORDER : t);
    }

    /** The same from the raw header codes (for example "ENF", "R", "ERREG"); unknown codes give empty. */
    public static Optional<RequestType> classify(String function, String action, String reason) {
        try {
            return classify(FunctionalType.fromValue(function.strip().toUpperCase()),
                    ActionCode.fromValue(action.strip().toUpperCase()), reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The paper form a CSENet request stands in for (the IGD's "Corresponds To", brief §1.6): the transaction itself
     * carries that form's content, so the caller may count it as a received document. Whether a partner state still
     * expects the paper form beside the transaction is the caller's decision. [V for the rows §1.6 lists; I for the
     * other reason codes]
     */
    public static Optional<DocumentTypeCode> formCarriedBy(FunctionalType function, ActionCode action, String reason) {
        return classify(function, action, reason).map(type -> switch (type) {
            case LOCATE_ONLY -> DocumentTypeCode.LOCATE_REQUEST;
            case LIMITED_SERVICE -> DocumentTypeCode.TRANSMITTAL_3;
            case EXISTING_CASE_ACTION -> DocumentTypeCode.TRANSMITTAL_2;
            default -> DocumentTypeCode.TRANSMITTAL_1;
        });
    }
}
