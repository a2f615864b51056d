package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.junit.jupiter.api.Test;

class CourtDocumentsTest {

    private static CaseDocument doc(DocumentTypeCode type) {
        return new CaseDocument(UUID.randomUUID(), "a".repeat(64), type, false, null, "application/pdf", 1, OffsetDateTime.now());
    }

    private final List<CaseDocument> documents = List.of(doc(DocumentTypeCode.UNIFORM_SUPPORT_PETITION),
            doc(DocumentTypeCode.CONFIDENTIAL_INFORMATION_FORM), doc(DocumentTypeCode.PERSONAL_INFORMATION_FORM_311),
            doc(DocumentTypeCode.CERTIFIED_ORDER_COPY));

    @Test
    void theConfidentialInformationFormNeverGoesToACourt() {
        assertThat(CourtDocuments.forCourt(documents)).extracting(CaseDocument::type).containsExactly(
                DocumentTypeCode.UNIFORM_SUPPORT_PETITION, DocumentTypeCode.PERSONAL_INFORMATION_FORM_311,
                DocumentTypeCode.CERTIFIED_ORDER_COPY);
    }

    @Test
    void aNondisclosureFindingAlsoHoldsBackThePersonalInformationFormFromTheOtherParty() {
        assertThat(CourtDocuments.forOtherParty(documents, true)).extracting(CaseDocument::type).containsExactly(
                DocumentTypeCode.UNIFORM_SUPPORT_PETITION, DocumentTypeCode.CERTIFIED_ORDER_COPY);
        assertThat(CourtDocuments.forOtherParty(documents, false)).hasSize(3);
        assertThat(CourtDocuments.nondisclosureNote()).contains("UIFSA §312");
    }
}
