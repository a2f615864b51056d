package org.csx.gateway.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * Which of a case's documents may leave the agency. The Child Support Agency Confidential Information Form is
 * for agency use only: never filed with a tribunal nor shared with the other party (domain brief §2.1, form 8).
 * With a nondisclosure finding (UIFSA §312) the Personal Information Form for §311, which holds the parties'
 * addresses and identifiers, is not shared with the other party either. The court packet (registration work)
 * takes its documents from {@link #forCourt}.
 */
public final class CourtDocuments {

    private static final Set<DocumentTypeCode> AGENCY_ONLY = EnumSet.of(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM);
    private static final Set<DocumentTypeCode> IDENTIFYING = EnumSet.of(DocumentTypeCode.PERSONAL_INFORMATION_FORM_311);

    private CourtDocuments() {
    }

    /** The documents that may go to a court (a tribunal files what it receives, so the rule is the same). */
    public static List<CaseDocument> forCourt(List<CaseDocument> documents) {
        return documents.stream().filter(d -> !AGENCY_ONLY.contains(d.type())).toList();
    }

    /** The documents that may be shared with the other party; a nondisclosure finding also holds back identifiers. */
    public static List<CaseDocument> forOtherParty(List<CaseDocument> documents, boolean nondisclosureFinding) {
        return forCourt(documents).stream()
                .filter(d -> !(nondisclosureFinding && IDENTIFYING.contains(d.type())))
                .toList();
    }

    /** The note the district referral carries when a nondisclosure finding protects the case. */
    public static String nondisclosureNote() {
        return "Nondisclosure finding (UIFSA §312): do not disclose the parties' addresses or identifying "
                + "information to the other party; the Personal Information Form is withheld from what is shared, "
                + "and the Confidential Information Form never goes to a tribunal.";
    }
}
