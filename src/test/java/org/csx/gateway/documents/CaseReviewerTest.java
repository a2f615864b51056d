package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.junit.jupiter.api.Test;

/** The review's rules (the checklist itself is tested in DocumentChecklistTest). */
class CaseReviewerTest {

    private final CaseReviewer reviewer = new CaseReviewer(DocumentChecklist.fromClasspath(), null, "36");

    private static CaseDocument held(DocumentTypeCode type, boolean certified) {
        return new CaseDocument(UUID.randomUUID(), "0".repeat(64), type, certified, null, "application/pdf", 10,
                OffsetDateTime.now());
    }

    @Test
    void theTransactionCountsAsTheTransmittal1SoAnEstablishmentRequestWithoutDocumentsLacksTheOtherForms() {
        Completeness c = reviewer.evaluate(Optional.of(RequestType.SUPPORT_ESTABLISHMENT), "48", List.of());

        assertThat(c.isComplete()).isFalse();
        assertThat(c.missing()).extracting(MissingDocument::type).containsExactlyInAnyOrder(
                DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, DocumentTypeCode.UNIFORM_SUPPORT_PETITION,
                DocumentTypeCode.GENERAL_TESTIMONY, DocumentTypeCode.PERSONAL_INFORMATION_FORM_311);
    }

    @Test
    void heldDocumentsCompleteTheCase() {
        Completeness c = reviewer.evaluate(Optional.of(RequestType.SUPPORT_ESTABLISHMENT), "48", List.of(
                held(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, false),
                held(DocumentTypeCode.UNIFORM_SUPPORT_PETITION, false),
                held(DocumentTypeCode.GENERAL_TESTIMONY, false),
                held(DocumentTypeCode.PERSONAL_INFORMATION_FORM_311, false)));

        assertThat(c.isComplete()).isTrue();
        assertThat(c.toConfirm()).extracting(MissingDocument::type).containsExactly(DocumentTypeCode.ORDER_COPY);
    }

    @Test
    void aRegistrationNeedsTheCertifiedCopyEvenWhenAPlainOneIsHeld() {
        Completeness c = reviewer.evaluate(Optional.of(RequestType.REGISTRATION_FOR_ENFORCEMENT), "06", List.of(
                held(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM, false),
                held(DocumentTypeCode.LETTER_OF_TRANSMITTAL_REGISTRATION, false),
                held(DocumentTypeCode.ORDER_COPY, false),
                held(DocumentTypeCode.ARREARS_STATEMENT, false)));

        assertThat(c.missing()).extracting(MissingDocument::type).containsExactly(DocumentTypeCode.CERTIFIED_ORDER_COPY);
    }

    @Test
    void aLocateRequestCarriesItsOwnFormAndATransactionWithoutChecklistIsComplete() {
        assertThat(reviewer.evaluate(Optional.of(RequestType.LOCATE_ONLY), "06", List.of()).isComplete()).isTrue();
        assertThat(reviewer.evaluate(Optional.of(RequestType.EXISTING_CASE_ACTION), "06", List.of()).isComplete()).isTrue();
        assertThat(reviewer.evaluate(Optional.empty(), null, List.of()).isComplete()).isTrue();
    }

    @Test
    void theSummaryNamesOnlyDocumentTypes() {
        Completeness c = reviewer.evaluate(Optional.of(RequestType.SUPPORT_ESTABLISHMENT), "48", List.of());
        CaseReview review = new CaseReview(UUID.randomUUID(), Optional.of(RequestType.SUPPORT_ESTABLISHMENT), c,
                List.of(), false, "36029");
        assertThat(review.summary()).startsWith("4 missing: ").contains("GENERAL_TESTIMONY");
    }
}
