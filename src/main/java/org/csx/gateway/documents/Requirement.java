package org.csx.gateway.documents;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * One line of a required-documents checklist.
 *
 * <p>For {@code ORDER_COPY} the count takes every copy of the order, certified or not, and {@code certifiedCount} of
 * them must be certified: "two copies, one certified" (UIFSA §602(a)(2)) is {@code minCount 2, certifiedCount 1}.
 *
 * @param condition empty when always required; otherwise when it applies, in words (a "(c)" cell of the matrix)
 * @param source    the rule's citation, quoted in the sentence sent to the initiating agency
 */
record Requirement(RequestType requestType, DocumentTypeCode documentType, int minCount, int certifiedCount,
                          String condition, String source, Basis basis) {

    public Requirement {
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(basis, "basis");
        condition = condition == null ? "" : condition.strip();
        source = source == null ? "" : source.strip();
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
        }
        if (certifiedCount < 0 || certifiedCount > minCount) {
            throw new IllegalArgumentException("certifiedCount must be between 0 and minCount: " + certifiedCount);
        }
    }

    public boolean isConditional() {
        return !condition.isEmpty();
    }
}
