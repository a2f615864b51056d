package org.csx.gateway.documents;

import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * A document the registry actually holds for a case (not one announced "to follow").
 * A {@link DocumentTypeCode#CERTIFIED_ORDER_COPY} is certified by its type whatever the flag says; the flag lets
 * any other document, an {@code ORDER_COPY} included, be recorded as certified.
 */
public record ReceivedDocument(DocumentTypeCode type, boolean certified) {

    public ReceivedDocument {
        Objects.requireNonNull(type, "type");
    }

    public static ReceivedDocument of(DocumentTypeCode type) {
        return new ReceivedDocument(type, false);
    }

    public static ReceivedDocument certified(DocumentTypeCode type) {
        return new ReceivedDocument(type, true);
    }

    public boolean isCertified() {
        return certified || type == DocumentTypeCode.CERTIFIED_ORDER_COPY;
    }

    public boolean isOrderCopy() {
        return type == DocumentTypeCode.ORDER_COPY || type == DocumentTypeCode.CERTIFIED_ORDER_COPY;
    }
}
