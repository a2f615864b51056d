package org.csx.gateway.documents;

import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/** The plain sentences of a missing-documents request. */
final class DocumentWording {

    private static final String[] NUMBERS = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};

    private DocumentWording() {
    }

    /** "A certified copy of the order is required (UIFSA §602(a)(2)); 0 of 1 received". */
    static String required(DocumentTypeCode type, boolean certified, int needed, int received, String source) {
        String what = needed == 1 ? singular(type, certified) : count(needed) + " " + plural(type, certified);
        String cited = source.isEmpty() ? "" : " (" + source + ")";
        return what + (needed == 1 ? " is" : " are") + " required" + cited + "; " + received + " of " + needed + " received";
    }

    private static String count(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    private static String singular(DocumentTypeCode type, boolean certified) {
        if (certified) {
            return isOrder(type) ? "A certified copy of the order" : "A certified copy of " + lowerFirst(singular(type, false));
        }
        return switch (type) {
            case TRANSMITTAL_1 -> "The Transmittal #1 (Initial Request)";
            case TRANSMITTAL_2 -> "A Transmittal #2 (Subsequent Actions)";
            case TRANSMITTAL_3 -> "A Transmittal #3 (Request for Assistance/Discovery)";
            case UNIFORM_SUPPORT_PETITION -> "The Uniform Support Petition";
            case GENERAL_TESTIMONY -> "The General Testimony";
            case DECLARATION_PARENTAGE -> "The Declaration in Support of Establishing Parentage";
            case PERSONAL_INFORMATION_FORM_311 -> "The Personal Information Form for UIFSA §311";
            case CONFIDENTIAL_INFORMATION_FORM -> "The Child Support Agency Confidential Information Form";
            case LETTER_OF_TRANSMITTAL_REGISTRATION -> "The Letter of Transmittal Requesting Registration";
            case NOTICE_CONTROLLING_ORDER -> "The Notice of Determination of Controlling Order";
            case LOCATE_REQUEST -> "A Child Support Locate Request";
            case CHANGE_PAYMENT_LOCATION_REQUEST -> "The Request for Change of Support Payment Location";
            case CERTIFIED_ORDER_COPY -> "A certified copy of the order";
            case ORDER_COPY -> "A copy of the order";
            case ARREARS_STATEMENT -> "A sworn or certified statement of arrears";
            case PAYMENT_HISTORY -> "A payment record";
            case BIRTH_CERTIFICATE_OR_PATERNITY_ACKNOWLEDGMENT -> "A birth certificate or acknowledgment of paternity";
            case CONVENTION_DECISION_TEXT_OR_ABSTRACT -> "The complete text of the decision, or an abstract or extract of it drawn up by the issuing tribunal";
            case CONVENTION_ENFORCEABILITY_RECORD -> "A record stating that the decision is enforceable in the issuing country";
            case CONVENTION_NOTICE_AND_OPPORTUNITY_RECORD -> "A record showing that the respondent had proper notice and an opportunity to be heard";
            case CONVENTION_AUTOMATIC_ADJUSTMENT_RECORD -> "A record of the automatic adjustment and the information needed to calculate it";
            case CONVENTION_FREE_LEGAL_ASSISTANCE_RECORD -> "A record of the extent of free legal assistance the applicant received";
            case ENGLISH_TRANSLATION -> "An English translation of the decision";
            case OTHER -> "A supporting document";
        };
    }

    private static String plural(DocumentTypeCode type, boolean certified) {
        if (isOrder(type)) {
            return certified || type == DocumentTypeCode.CERTIFIED_ORDER_COPY
                    ? "certified copies of the order" : "copies of the order";
        }
        return (certified ? "certified copies of " : "copies of ") + lowerFirst(singular(type, false));
    }

    private static boolean isOrder(DocumentTypeCode type) {
        return type == DocumentTypeCode.ORDER_COPY || type == DocumentTypeCode.CERTIFIED_ORDER_COPY;
    }

    private static String lowerFirst(String s) {
        // Only the article: "The Uniform Support Petition" -> "the Uniform Support Petition".
        return s.startsWith("The ") || s.startsWith("A ") ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
