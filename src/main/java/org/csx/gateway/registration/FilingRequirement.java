package org.csx.gateway.registration;

import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * A piece a registration request must (or, where the statute says "if known", should) carry before
 * filing, with the section it comes from. A paper is a {@link DocumentTypeCode} of the one document model
 * (package documents); information the request itself must give (names, addresses, the alleged controlling
 * order) maps onto {@link DocumentTypeCode#OTHER}: the sender supplies it in an update or a supporting paper.
 */
enum FilingRequirement {
    // §602(a) Article 6 registration [V]
    LETTER_OF_TRANSMITTAL("§602(a)(1)", true, DocumentTypeCode.LETTER_OF_TRANSMITTAL_REGISTRATION,
            "A letter of transmittal to the tribunal requesting registration is needed."),
    TWO_ORDER_COPIES_ONE_CERTIFIED("§602(a)(2)", true, DocumentTypeCode.CERTIFIED_ORDER_COPY,
            "Two copies of each order to be registered, including any modification, at least one of them certified, are needed."),
    SWORN_OR_CERTIFIED_ARREARS_STATEMENT("§602(a)(3)", true, DocumentTypeCode.ARREARS_STATEMENT,
            "A sworn statement of the person requesting registration, or a statement certified by the custodian of the records, showing the amount of any arrears is needed."),
    OBLIGOR_NAME("§602(a)(4)", true, DocumentTypeCode.OTHER,
            "The obligor's name is needed."),
    OBLIGOR_KNOWN_DETAILS("§602(a)(4)", false, DocumentTypeCode.OTHER,
            "So far as known, the obligor's address, Social Security number, employer and employer's address, other sources of income, and non-exempt property in this state should be given."),
    OBLIGEE_NAME("§602(a)(5)", true, DocumentTypeCode.OTHER,
            "The obligee's name is needed."),
    OBLIGEE_ADDRESS("§602(a)(5), §312", true, DocumentTypeCode.OTHER,
            "The obligee's address is needed, unless it is withheld under a §312 nondisclosure finding."),
    PAYMENT_RECIPIENT("§602(a)(5)", true, DocumentTypeCode.OTHER,
            "The agency or person to whom support payments are to be remitted is needed."),
    // §602(d) two or more orders [V]
    EVERY_ORDER("§602(d)", true, DocumentTypeCode.ORDER_COPY,
            "With two or more orders in effect, every order must be furnished."),
    ALLEGED_CONTROLLING_ORDER("§602(d)", true, DocumentTypeCode.OTHER,
            "With two or more orders in effect, the order alleged to be the controlling order must be named."),
    CONSOLIDATED_ARREARS("§602(d)", true, DocumentTypeCode.OTHER,
            "With two or more orders in effect, the consolidated arrears must be stated."),
    // §706(b) Convention registration [V for the first three, M for the rest]
    CONVENTION_DECISION_TEXT_OR_ABSTRACT("§706(b)(1)", true, DocumentTypeCode.CONVENTION_DECISION_TEXT_OR_ABSTRACT,
            "The complete text of the decision, or an abstract or extract of it drawn up by the issuing tribunal, is needed."),
    CONVENTION_ENFORCEABILITY("§706(b)(2)", true, DocumentTypeCode.CONVENTION_ENFORCEABILITY_RECORD,
            "A record stating that the decision is enforceable in the issuing country is needed."),
    CONVENTION_NOTICE_AND_OPPORTUNITY("§706(b)(3)", true, DocumentTypeCode.CONVENTION_NOTICE_AND_OPPORTUNITY_RECORD,
            "The respondent neither appeared nor was represented, so a record showing proper notice and an opportunity to be heard is needed."),
    CONVENTION_ARREARS("§706(b)(4)", true, DocumentTypeCode.ARREARS_STATEMENT,
            "A record of the amount of arrears and the date it was calculated is needed."),
    CONVENTION_AUTOMATIC_ADJUSTMENT("§706(b)(5)", true, DocumentTypeCode.CONVENTION_AUTOMATIC_ADJUSTMENT_RECORD,
            "The order is subject to automatic adjustment, so a record of the adjustment and the information to calculate it is needed."),
    CONVENTION_FREE_LEGAL_ASSISTANCE("§706(b)(6)", true, DocumentTypeCode.CONVENTION_FREE_LEGAL_ASSISTANCE_RECORD,
            "The applicant received free legal assistance in the issuing country, so a record of its extent is needed."),
    ENGLISH_TRANSLATION("§713", true, DocumentTypeCode.ENGLISH_TRANSLATION,
            "The decision is not in English, so an English translation is needed.");

    private final String section;
    private final boolean blocking;
    private final DocumentTypeCode document;
    private final String sentence;

    FilingRequirement(String section, boolean blocking, DocumentTypeCode document, String sentence) {
        this.section = section;
        this.blocking = blocking;
        this.document = document;
        this.sentence = sentence;
    }

    /** What the sender is asked for: the paper, or OTHER for information the request must give. */
    public DocumentTypeCode document() {
        return document;
    }

    public String section() {
        return section;
    }

    /** False for "if known" items: their absence is reported but does not stop filing. */
    public boolean blocking() {
        return blocking;
    }

    /** The plain sentence stating the requirement. */
    public String sentence() {
        return sentence;
    }
}
