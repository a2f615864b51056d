package org.csx.gateway.registration;

import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentDelivery;
import org.csx.gateway.contract.transmittal.DocumentEntryType;
import org.csx.gateway.contract.transmittal.DocumentManifestType;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/** One paper the registry actually holds for a registration request. */
public record ReceivedDocument(RegistrationDocumentKind kind, boolean certified) {

    public ReceivedDocument {
        Objects.requireNonNull(kind, "kind");
    }

    public static ReceivedDocument plain(RegistrationDocumentKind kind) {
        return new ReceivedDocument(kind, false);
    }

    public static ReceivedDocument certified(RegistrationDocumentKind kind) {
        return new ReceivedDocument(kind, true);
    }

    /**
     * The documents of a transmittal manifest that are actually here: only ATTACHED entries count;
     * papers announced as "to follow" are not yet present for filing.
     */
    public static List<ReceivedDocument> fromManifest(DocumentManifestType manifest) {
        if (manifest == null) {
            return List.of();
        }
        return manifest.getDocument().stream()
                .filter(e -> e.getDelivery() == DocumentDelivery.ATTACHED)
                .map(ReceivedDocument::fromEntry)
                .toList();
    }

    static ReceivedDocument fromEntry(DocumentEntryType entry) {
        boolean certified = Boolean.TRUE.equals(entry.isCertified())
                || entry.getDocumentType() == DocumentTypeCode.CERTIFIED_ORDER_COPY;
        return new ReceivedDocument(RegistrationDocumentKind.fromManifest(entry.getDocumentType()), certified);
    }
}
