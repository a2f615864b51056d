package org.csx.gateway.documents;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.partner.PartnerProfile;

/**
 * A partner state's change to the federal checklist, from its partner profile (IRG): ADD puts a requirement in (replacing one
 * for the same document type), REMOVE takes the document type's requirement out.
 *
 * @param added the requirement to put in; null for REMOVE
 */
record RequirementOverride(String partnerStateFips, Operation operation, RequestType requestType,
                                  DocumentTypeCode documentType, Requirement added) {

    public enum Operation { ADD, REMOVE }

    /** A state's profile entry (csx.directory.profiles.&lt;id&gt;.document-overrides) as an override. */
    public static RequirementOverride fromProfile(String partnerStateFips, PartnerProfile.DocumentOverride o) {
        Operation operation = Operation.valueOf(required(o.operation(), "operation"));
        RequestType requestType = RequestType.valueOf(required(o.requestType(), "request-type"));
        DocumentTypeCode documentType = DocumentTypeCode.valueOf(required(o.documentType(), "document-type"));
        Requirement added = operation == Operation.REMOVE ? null : new Requirement(requestType, documentType,
                o.minCount() == null ? 1 : o.minCount(), o.certifiedCount() == null ? 0 : o.certifiedCount(),
                o.condition() == null ? "" : o.condition(), o.source() == null ? "partner profile" : o.source(),
                Basis.valueOf(o.basis() == null ? "I" : o.basis()));
        return new RequirementOverride(partnerStateFips, operation, requestType, documentType, added);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("document override without " + name);
        }
        return value.strip();
    }

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
