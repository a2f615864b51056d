package org.csx.gateway.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The completeness review of one case at a moment: which checklist applied (none for transactions that carry no
 * documents), what it found, the documents held, and whether a nondisclosure finding (UIFSA §312) protects the case.
 */
public record CaseReview(UUID trackingId, Optional<RequestType> requestType, Completeness completeness,
                         List<CaseDocument> documents, boolean nondisclosure, String districtId) {

    public CaseReview {
        documents = List.copyOf(documents);
    }

    public boolean isComplete() {
        return completeness.isComplete();
    }

    /** "2 missing: CONFIDENTIAL_INFORMATION_FORM, ARREARS_STATEMENT" or "complete": no personal data. */
    public String summary() {
        if (completeness.isComplete()) {
            return "complete";
        }
        return completeness.missing().size() + " missing: " + String.join(", ",
                completeness.missing().stream().map(m -> m.type().name()).toList());
    }
}
