package org.csx.gateway.documents;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * A partner state's change to the federal checklist, from its IRG profile: ADD puts a requirement in (replacing one
 * for the same document type), REMOVE takes the document type's requirement out.
 *
 * @param added the requirement to put in; null for REMOVE
 */
public record RequirementOverride(String partnerStateFips, Operation operation, RequestType requestType,
                                  DocumentTypeCode documentType, Requirement added) {

    public enum Operation { ADD, REMOVE }

    public RequirementOverride {
        Objects.requireNonNull(partnerStateFips, "partnerStateFips");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(documentType, "documentType");
        if (!partnerStateFips.matches("\\d{2}")) {
            throw new IllegalArgumentException("partner state FIPS must be two digits: " + partnerStateFips);
        }
        if ((operation == Operation.ADD) != (added != null)) {
            throw new IllegalArgumentException("ADD needs a requirement and REMOVE must not have one");
        }
        if (added != null && (added.requestType() != requestType || added.documentType() != documentType)) {
            throw new IllegalArgumentException("the added requirement is for another request or document type");
        }
    }
}
