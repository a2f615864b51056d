package org.csx.gateway.validation;

import java.util.List;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.Relationship;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Which data blocks a transaction must carry: the CSENet header indicator rules (domain brief 1.8), plus the
 * field rules that decide whether a block is usable (NCP locate data, dates of birth).
 */
public final class RequiredBlocksRule implements TransmittalRule {
    public static final String BLOCK_REQUIRED = "BLOCK_REQUIRED";
    public static final String LOCATE_DATA_REQUIRED = "LOCATE_DATA_REQUIRED";
    public static final String FIELD_REQUIRED = "FIELD_REQUIRED";

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        TransactionCode code = TransactionCode.of(t);
        if (t == null || !code.isComplete()) {
            return; // the schema reports a missing function or action
        }
        
        if (caseRequired(code) && t.getCase() == null) {
            violations.add(missing(Paths.CASE, "Case", code));
        }
        if (ncpIdentificationRequired(code) && t.getNcpIdentification() == null) {
            violations.add(missing(Paths.NCP_ID, "NCP Identification", code));
        }
        if (ncpLocateRequired(code) && t.getNcpLocate() == null) {
            violations.add(missing(Paths.NCP_LOCATE, "NCP Locate", code));
        }
        checkLocateData(t, code, violations);
        int participantsNeeded = participantsRequired(code);
        if (t.getParticipant().size() < participantsNeeded) {
            violations.add(new Violation(BLOCK_REQUIRED, Paths.PARTICIPANT, participantsNeeded == 1
                    ? code.withArticle() + " transaction must include at least one Participant block."
                    : code.withArticle() + " transaction must include at least " + participantsNeeded
                            + " Participant blocks: the custodial party and at least one dependent."));
        }
        checkDatesOfBirth(t, code, violations);
        if (code.is("ENF", "R") || code.is("ENF", "U")) {
            if (t.getOrder().isEmpty()) {
                violations.add(new Violation(BLOCK_REQUIRED, Paths.ORDER,
                        code.withArticle() + " transaction must include at least one Order block."));
            }
        }
        if (code.is("COL", "P", "CITAX") && t.getCollection().isEmpty()) {
            violations.add(new Violation(BLOCK_REQUIRED, Paths.COLLECTION,
                    code.withArticle() + " transaction must include at least one Collection block."));
        }
        checkInformation(t, code, violations);
    }

    /** Case block: required except A/C/M, MSC requests and updates, CSI requests, MSC P REJCT and failed CSI responses. */
    static boolean caseRequired(TransactionCode c) {
        if (c.is("MSC", "R", "GRPAY")) {
            return true;
        }
        if (c.actionIs("A", "C", "M")
                || (c.functionIs("MSC") && c.actionIs("R", "U"))
                || c.is("CSI", "R")
                || c.is("MSC", "P", "REJCT")) {
            return false;
        }
        if (c.is("CSI", "P")) {
            return c.isSuccessReason();
        }
        // The IGD asks for a Case block in LO1 R too, but this gateway's LO1 requests carry the requesting
        // office in Header/Sender instead (see lo1-request.xml), so a quick locate needs no Case block.
        return !c.is("LO1", "R");
    }

    /** NCP Identification: required except A/C/M, COL, MSC and CSI; but MSC R GRPAY and COL P CISUB need it. */
    static boolean ncpIdentificationRequired(TransactionCode c) {
        if (c.is("MSC", "R", "GRPAY") || c.is("COL", "P", "CISUB")) {
            return true;
        }
        return !c.actionIs("A", "C", "M") && !c.functionIs("COL", "MSC", "CSI");
    }

    /** NCP Locate: PAT, EST and ENF requests and updates; LO1 responses reporting success. */
    static boolean ncpLocateRequired(TransactionCode c) {
        return (c.functionIs("PAT", "EST", "ENF") && c.isRequestOrUpdate())
                || (c.is("LO1", "P") && c.isSuccessReason());
    }

    static int participantsRequired(TransactionCode c) {
        if ((c.functionIs("PAT", "EST", "ENF") && c.isRequestOrUpdate()) || c.is("MSC", "R", "GRPAY")) {
            return 2;
        }
        return c.is("CSI", "P") && c.isSuccessReason() ? 1 : 0;
    }

    /**
     * PAT/EST/ENF requests: the NCP locate block must say where to find the NCP (residential or mailing line 1,
     * or an employer name), unless the NCP's SSN is given in a PAT or EST request.
     */
    private static void checkLocateData(TransmittalType t, TransactionCode c, List<Violation> violations) {
        NcpLocateType locate = t.getNcpLocate();
        if (locate == null || !c.functionIs("PAT", "EST", "ENF") || !c.actionIs("R")) {
            return;
        }
        boolean ssnGiven = t.getNcpIdentification() != null && !isBlank(t.getNcpIdentification().getSsn());
        if (c.functionIs("PAT", "EST") && ssnGiven) {
            return;
        }
        boolean hasEmployer = locate.getEmployer().stream().anyMatch(e -> e != null && !isBlank(e.getName()));
        if (!hasLine1(locate.getResidentialAddress()) && !hasLine1(locate.getMailingAddress()) && !hasEmployer) {
            violations.add(new Violation(LOCATE_DATA_REQUIRED, Paths.NCP_LOCATE, c.withArticle()
                    + " transaction must give the NCP's residential address, mailing address or employer name"
                    + (c.functionIs("ENF") ? "." : ", or the NCP's SSN.")));
        }
    }

    /** PAT requests: every participant's date of birth. EST/ENF requests and updates: each dependent's. */
    private static void checkDatesOfBirth(TransmittalType t, TransactionCode c, List<Violation> violations) {
        boolean patRequest = c.is("PAT", "R");
        boolean estEnf = c.functionIs("EST", "ENF") && c.isRequestOrUpdate();
        if (!patRequest && !estEnf) {
            return;
        }
        List<ParticipantType> participants = t.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantType p = participants.get(i);
            if (p == null || p.getDateOfBirth() != null) {
                continue;
            }
            boolean dependent = p.getRelationship() == Relationship.D;
            if (patRequest || dependent) {
                violations.add(new Violation(FIELD_REQUIRED, Paths.indexed(Paths.PARTICIPANT, i) + "/DateOfBirth",
                        "Participant " + (i + 1) + " needs a date of birth: it is required for "
                                + (patRequest ? "every participant in a PAT request." : "dependents in " + c.label()
                                + " transactions.")));
            }
        }
    }

    /**
     * Information block: required with attachments (for this XML channel a DocumentManifest lists them just as
     * well), and always for MSC P REJCT, GSCAS and GSTAI, whose details live in the Information block.
     */
    private static void checkInformation(TransmittalType t, TransactionCode c, List<Violation> violations) {
        if (t.getInformation() != null) {
            return;
        }
        if (c.is("MSC", "P") && c.reason() != null && List.of("REJCT", "GSCAS", "GSTAI").contains(c.reason())) {
            violations.add(missing(Paths.INFORMATION, "Information", c));
            return;
        }
        boolean attachments = t.getHeader() != null && Boolean.TRUE.equals(t.getHeader().isAttachmentsIndicator());
        if (attachments && t.getDocumentManifest() == null) {
            violations.add(new Violation(BLOCK_REQUIRED, Paths.INFORMATION, "The attachments indicator is set, so"
                    + " the transmittal must include an Information block or a DocumentManifest listing the attachments."));
        }
    }

    private static Violation missing(String path, String block, TransactionCode code) {
        return new Violation(BLOCK_REQUIRED, path,
                code.withArticle() + " transaction must include the " + block + " block.");
    }

    private static boolean hasLine1(LocatedAddressType a) {
        return a != null && a.getAddress() != null && !isBlank(a.getAddress().getLine1());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
