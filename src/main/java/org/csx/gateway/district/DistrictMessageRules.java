package org.csx.gateway.district;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csx.gateway.contract.district.DistrictMessageType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.validation.CaseIdRule;
import org.csx.gateway.validation.DateSanityRule;
import org.csx.gateway.validation.ExchangeAgreements;
import org.csx.gateway.validation.FarCodeTable;
import org.csx.gateway.validation.FarCombinationRule;
import org.csx.gateway.validation.FipsCountyTable;
import org.csx.gateway.validation.LocatorCodeRule;
import org.csx.gateway.validation.RequiredBlocksRule;
import org.csx.gateway.validation.SsnRule;
import org.csx.gateway.validation.TransmittalRule;
import org.csx.gateway.validation.Violation;

/**
 * The rules a district's message meets before anything is sent: intake's own rules over the transmittal it becomes
 * (function/action/reason in the valid-transactions table, locator codes, case ids, required blocks, dates, SSN
 * issuance rules), the receiving jurisdiction's exchange agreement covering the function, and the district message's
 * own shape (a request names the jurisdiction asked, anything else the case it answers). Every violation is collected.
 * Pure and thread-safe: the case lookups are the caller's.
 */
final class DistrictMessageRules {

    static final String CASE_REQUIRED = "CASE_REQUIRED";
    static final String RECEIVER_REQUIRED = "RECEIVER_REQUIRED";
    static final String PARTNER_CASE_ID_NOT_ALLOWED = "PARTNER_CASE_ID_NOT_ALLOWED";
    static final String FORWARDING_NOT_ALLOWED = "FORWARDING_NOT_ALLOWED";
    static final String OUTSIDE_EXCHANGE_AGREEMENT = "OUTSIDE_EXCHANGE_AGREEMENT";
    static final String ROOT = "DistrictMessage";

    private static final Set<ActionCode> ANSWERS = Set.of(ActionCode.P, ActionCode.U, ActionCode.C, ActionCode.M,
            ActionCode.A);

    private final List<TransmittalRule> transmittalRules;

    DistrictMessageRules(FarCodeTable farCodes, FipsCountyTable fips, Clock clock) {
        this.transmittalRules = List.of(
                new FarCombinationRule(farCodes),
                new LocatorCodeRule(fips, clock),
                new CaseIdRule(),
                new RequiredBlocksRule(),
                new DateSanityRule(clock),
                new SsnRule());
    }

    /** The message's own shape: what names the other side, given its action. */
    static List<Violation> shape(DistrictMessageType m) {
        List<Violation> violations = new ArrayList<>();
        boolean request = m.getActionCode() == ActionCode.R;
        if (request && m.getReceiverLocatorCode() == null) {
            violations.add(new Violation(RECEIVER_REQUIRED, ROOT + "/ReceiverLocatorCode",
                    "A request (R) names the jurisdiction asked by its ReceiverLocatorCode, not a CaseTrackingId."));
        }
        if (ANSWERS.contains(m.getActionCode()) && m.getCaseTrackingId() == null) {
            violations.add(new Violation(CASE_REQUIRED, ROOT + "/CaseTrackingId", "A " + m.getFunctionalType().value()
                    + " " + m.getActionCode().value() + " names the case it concerns by its CaseTrackingId (the"
                    + " csxTrackingId of the referral), not a ReceiverLocatorCode."));
        }
        if (!request && m.getPartnerCaseId() != null) {
            violations.add(new Violation(PARTNER_CASE_ID_NOT_ALLOWED, ROOT + "/PartnerCaseId",
                    "The other jurisdiction's case id comes from the case the registry holds; leave PartnerCaseId out."));
        }
        if (m.getForwarding() != null && !(m.getFunctionalType() == FunctionalType.MSC
                && m.getActionCode() == ActionCode.P && DistrictOutbound.FORWARD_REASON.equals(m.getActionReason())
                && m.getCaseTrackingId() != null)) {
            violations.add(new Violation(FORWARDING_NOT_ALLOWED, ROOT + "/Forwarding",
                    "Forwarding goes with MSC P GSFWD (notice of case forwarding) about a case the district holds."));
        }
        return violations;
    }

    /** Intake's rules over the transmittal the message becomes, and the receiver's agreement. */
    List<Violation> check(TransmittalType outgoing, Optional<ExchangeAgreements.Agreement> agreement) {
        List<Violation> violations = new ArrayList<>();
        for (TransmittalRule rule : transmittalRules) {
            rule.check(outgoing, violations);
        }
        FunctionalType function = outgoing.getHeader().getFunctionalType();
        agreement.filter(a -> !a.functions().contains(function)).ifPresent(a -> violations.add(new Violation(
                OUTSIDE_EXCHANGE_AGREEMENT, ROOT + "/FunctionalType", a.jurisdiction() + " does not exchange "
                + function.value() + " transactions with this state; its exchange agreement covers " + listed(a) + ".")));
        return violations;
    }

    /** The receiver as a sender, to ask the directory for its agreement. */
    static SenderType asSender(Counterpart to) {
        SenderType s = new SenderType();
        s.setKind(to.kind());
        s.setLocatorCode(to.locatorCode());
        s.setCountryCode(to.countryCode());
        return s;
    }

    private static String listed(ExchangeAgreements.Agreement agreement) {
        if (agreement.functions().isEmpty()) {
            return "no functional type";
        }
        return Stream.of(FunctionalType.values()).filter(agreement.functions()::contains)
                .map(FunctionalType::value).collect(Collectors.joining(", "));
    }
}
