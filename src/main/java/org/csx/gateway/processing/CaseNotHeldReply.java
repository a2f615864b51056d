package org.csx.gateway.processing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.validation.Violation;

/**
 * An update (U), response (P) or cancel (C) names a case by the sender's case id; when the registry holds no case
 * from that partner with that id, the transaction is not forwarded: the partner gets {@code MSC P REJCT} ("case ID
 * invalid", valid transactions table) instead. Its Information block line 1 is the IGD layout for REJCT (domain brief
 * 1.9): the rejected transaction's serial number (12), action code (1), functional type (3), transaction date (8) and
 * reason (5), so the first 24 positions are never blank.
 *
 * <p>{@code MSC P REJCT} itself is never answered with one (two registries would bounce rejections forever).
 */
final class CaseNotHeldReply {

    public static final String CASE_NOT_HELD = "CASE_NOT_HELD";
    /** csxMessageKind of the reply on partner.&lt;id&gt;.outbound (as the registration replies' CSENET_…). */
    public static final String MESSAGE_KIND = "CSENET_MSC_P_REJCT";
    static final String REJECT_REASON = "REJCT";
    private static final Set<ActionCode> NAMING_A_CASE = Set.of(ActionCode.U, ActionCode.P, ActionCode.C);

    private final PartnerMessages messages;

    public CaseNotHeldReply(PartnerMessages messages) {
        this.messages = messages;
    }

    /** Whether this transaction must name a case we hold (U, P or C, but not a REJCT itself). */
    public static boolean namesAnExistingCase(HeaderType header) {
        if (header == null || !NAMING_A_CASE.contains(header.getActionCode())) {
            return false;
        }
        return !(header.getFunctionalType() == FunctionalType.MSC && header.getActionCode() == ActionCode.P
                && REJECT_REASON.equals(header.getActionReason()));
    }

    public static Violation violation(HeaderType header) {
        String caseId = header.getSenderCaseId();
        return new Violation(CASE_NOT_HELD, "Transmittal/Header/SenderCaseId", caseId == null
                ? "A " + header.getFunctionalType().value() + " " + header.getActionCode().value()
                        + " transaction must name the case it concerns; it names none."
                : "This registry holds no case with case id " + caseId + " from this partner.");
    }

    /** The MSC P REJCT transaction from us to the sender of {@code original} (their case id, so they can match it). */
    public TransmittalType reply(UUID trackingId, TransmittalType original) {
        HeaderType o = original.getHeader();
        return messages.transaction(o.getSender().getLocatorCode(), o.getSenderCaseId(), serial(trackingId),
                FunctionalType.MSC, ActionCode.P, REJECT_REASON, rejectedTransaction(o),
                "CASE ID INVALID: THIS REGISTRY HOLDS NO CASE WITH THIS CASE ID FROM YOUR AGENCY.");
    }

    /** Serial (12) + action (1) + function (3) + date CCYYMMDD (8) + reason (5, blank when none). */
    static String rejectedTransaction(HeaderType o) {
        return o.getTransactionSerialNumber() + o.getActionCode().value() + o.getFunctionalType().value()
                + String.format("%04d%02d%02d", o.getTransactionDate().getYear(), o.getTransactionDate().getMonthValue(),
                        o.getTransactionDate().getDayOfMonth())
                + (o.getActionReason() == null ? "" : o.getActionReason());
    }

    /** A 12-digit serial number, the same for the same rejected transmittal (redelivery sends the same reply). */
    static String serial(UUID trackingId) {
        long n = Math.floorMod(UUID.nameUUIDFromBytes(("rejct-" + trackingId).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits(), 1_000_000_000_000L);
        return String.format("%012d", Math.max(1, n));
    }
}
