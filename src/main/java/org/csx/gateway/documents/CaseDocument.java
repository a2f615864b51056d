package org.csx.gateway.documents;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/** A document the registry holds for a case; its content is in the document store under {@code sha256}. */
public record CaseDocument(UUID trackingId, String sha256, DocumentTypeCode type, boolean certified, String fileName,
                           String mediaType, long sizeBytes, OffsetDateTime receivedAt) {

    public ReceivedDocument asReceived() {
        return new ReceivedDocument(type, certified);
    }
}
