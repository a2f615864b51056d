package org.csx.gateway.registration;

import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * Papers that matter for registration. The transmittal contract's DocumentTypeCode covers the
 * §602 papers but has no codes for the §706 Convention records, so those arrive as OTHER until the
 * contract grows (see report).
 */
public enum RegistrationDocumentKind {
    LETTER_OF_TRANSMITTAL,
    ORDER_COPY,
    /** §602(a)(3) arrears statement; "certified" on the received document means sworn or certified. */
    ARREARS_STATEMENT,
    CONVENTION_DECISION_COMPLETE_TEXT,
    CONVENTION_DECISION_ABSTRACT,
    CONVENTION_ENFORCEABILITY_RECORD,
    CONVENTION_NOTICE_AND_OPPORTUNITY_RECORD,
    CONVENTION_AUTOMATIC_ADJUSTMENT_RECORD,
    CONVENTION_FREE_LEGAL_ASSISTANCE_RECORD,
    ENGLISH_TRANSLATION,
    OTHER;

    public static RegistrationDocumentKind fromManifest(DocumentTypeCode code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code) {
            case LETTER_OF_TRANSMITTAL_REGISTRATION -> LETTER_OF_TRANSMITTAL;
            case CERTIFIED_ORDER_COPY, ORDER_COPY -> ORDER_COPY;
            case ARREARS_STATEMENT -> ARREARS_STATEMENT;
            default -> OTHER;
        };
    }
}
