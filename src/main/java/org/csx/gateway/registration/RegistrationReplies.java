package org.csx.gateway.registration;

import java.util.List;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;

/**
 * The CSENet provisions a registration sends back. Only combinations present in the IGD Valid
 * Transactions table (reference/csenet-far-codes.csv) are used:
 * <ul>
 *   <li>ENF P ESREG "order registered" when the tribunal files the order (§603: registered when filed).</li>
 *   <li>ENF P GSFIL "document filed" on confirmation, and on vacatur. The brief (8.7) names
 *       "GSFIL/SSCON" for confirmation, but SSCON exists only as EST P SSCON, not under ENF, so an
 *       ENF case cannot send it. GSFIL for a vacatur is our inference [I]: ENF has no
 *       "registration vacated" reason, and the initiating agency must still learn of it
 *       (§307 copies of tribunal notices, 45 CFR 303.7(a)(7) new information [M]).</li>
 * </ul>
 */
final class RegistrationReplies {

    public static final String ESREG = "ESREG";
    public static final String GSFIL = "GSFIL";

    /** Every function/action/reason this feature can emit; a test checks each against the FAR table. */
    public static final List<String> EMITTED_FARS = List.of("ENF P " + ESREG, "ENF P " + GSFIL);

    private RegistrationReplies() {
    }

    public static CsenetReply orderRegistered(String docket) {
        return enf(ESREG, "Order registered (UIFSA 603), docket " + docket);
    }

    public static CsenetReply confirmedByOperationOfLaw() {
        return enf(GSFIL, "Registered order confirmed by operation of law, no timely contest (606)");
    }

    public static CsenetReply confirmedByTribunal() {
        return enf(GSFIL, "Order confirming registered order filed (UIFSA 607, 608)");
    }

    public static CsenetReply vacated() {
        return enf(GSFIL, "Order vacating registration filed (UIFSA 607)");
    }

    private static CsenetReply enf(String reason, String line) {
        return new CsenetReply(FunctionalType.ENF, ActionCode.P, reason, line);
    }
}
