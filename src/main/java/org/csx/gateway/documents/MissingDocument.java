package org.csx.gateway.documents;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/** One item to ask the initiating agency for, with a sentence a caseworker can send as it is. */
public record MissingDocument(DocumentTypeCode type, int missingCount, String reason) {

    public MissingDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (missingCount < 1) {
            throw new IllegalArgumentException("missingCount must be at least 1: " + missingCount);
        }
    }
}
