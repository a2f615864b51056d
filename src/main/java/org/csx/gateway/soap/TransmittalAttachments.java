package org.csx.gateway.soap;

import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.documents.StoredContent;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.DocumentRefusedException;
import org.csx.gateway.contract.MessageHeaders;

import jakarta.activation.DataHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.DocumentDelivery;
import org.csx.gateway.contract.transmittal.DocumentEntryType;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.IntakeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents a transmittal carries in its own SOAP message (MTOM or SwA parts, each named in the document
 * manifest by its Content-ID). Two steps around storing the transmittal (routes/soap-intake.yaml), so
 * nothing is half-done: first every attachment's content goes into the document store (a refused one
 * refuses the whole message, before the transmittal is stored), then, once the transmittal has its
 * tracking id, they are linked to the case, before it is queued, so the completeness review sees them.
 */
public class TransmittalAttachments {

    private static final Logger log = LoggerFactory.getLogger(TransmittalAttachments.class);

    record Attached(DocumentTypeCode type, boolean certified, String fileName, StoredContent content) {
    }

    private final DocumentStore store;
    private final CaseDocumentRepository repository;
    private final ContractXml contractXml;
    private final TransactionTemplate transactions;
    private final long maxDocumentBytes;

    public TransmittalAttachments(DocumentStore store, CaseDocumentRepository repository, ContractXml contractXml,
                                  TransactionTemplate transactions, long maxDocumentBytes) {
        this.store = store;
        this.repository = repository;
        this.contractXml = contractXml;
        this.transactions = transactions;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Before the transmittal is stored: each attached document into the store, checked. */
    public void store(Exchange exchange) {
        AttachmentMessage message = exchange.getIn(AttachmentMessage.class);
        if (message == null || !message.hasAttachments()) {
            return;
        }
        List<DocumentEntryType> named = namedInManifest(exchange.getProperty(MessageHeaders.RAW_TRANSMITTAL, String.class));
        Set<DataHandler> used = new HashSet<>();
        List<Attached> attached = new ArrayList<>();
        for (DocumentEntryType entry : named) {
            DataHandler part = DocumentIntakeAdapter.attachment(entry.getContentId(), message);
            if (part == null) {
                throw refused("The manifest names attachment " + entry.getContentId() + ", which the message does not carry.");
            }
            used.add(part);
            String mediaType = entry.getMediaType() != null ? entry.getMediaType() : part.getContentType();
            try (InputStream in = part.getInputStream()) {
                attached.add(new Attached(entry.getDocumentType(), Boolean.TRUE.equals(entry.isCertified()),
                        entry.getFileName(), store.store(in, mediaType, maxDocumentBytes)));
            } catch (DocumentRefusedException e) {
                throw IntakeFaults.clientFault(e.code(), e.getMessage() + " Nothing of this transmittal was kept.");
            } catch (IOException | UncheckedIOException e) {
                log.error("Could not store an attached document", e);
                throw IntakeFaults.serverFault(IntakeFaultCode.UNAVAILABLE,
                        "The attached documents could not be stored. Send the transmittal again later.");
            }
        }
        if (used.size() < message.getAttachments().size()) {
            throw refused("Every attachment must be named in the document manifest (Document/ContentId).");
        }
        exchange.setProperty(MessageHeaders.ATTACHED_DOCUMENTS, attached);
    }

    /** After the transmittal is stored (or recognised as resent): the documents become the case's. */
    @SuppressWarnings("unchecked")
    public void link(Exchange exchange) {
        List<Attached> attached = exchange.getProperty(MessageHeaders.ATTACHED_DOCUMENTS, List.class);
        if (attached == null || attached.isEmpty()) {
            return;
        }
        IntakeResult result = exchange.getProperty(MessageHeaders.INTAKE_RESULT, IntakeResult.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(tx -> {
            repository.lockCase(result.receipt().trackingId());
            for (Attached document : attached) {
                repository.link(result.receipt().trackingId(), result.partner().id(), document.type(), document.certified(),
                        document.fileName(), document.content(), now);
            }
        });
        log.info("Linked {} attached document(s) to transmittal {}", attached.size(), result.receipt().trackingId());
    }

    private List<DocumentEntryType> namedInManifest(String rawTransmittal) {
        TransmittalType transmittal;
        try {
            transmittal = contractXml.readTransmittal(rawTransmittal);
        } catch (IllegalArgumentException e) {
            throw refused("The document manifest cannot be read, so the attachments cannot be placed.");
        }
        if (transmittal.getDocumentManifest() == null) {
            throw refused("The message carries attachments but the transmittal has no document manifest naming them.");
        }
        List<DocumentEntryType> named = transmittal.getDocumentManifest().getDocument().stream()
                .filter(d -> d.getContentId() != null && !d.getContentId().isBlank())
                .toList();
        for (DocumentEntryType entry : named) {
            if (entry.getDelivery() != DocumentDelivery.ATTACHED) {
                throw refused("Document " + entry.getContentId() + " names an attachment but its Delivery is "
                        + entry.getDelivery() + ", not MessageHeaders.ATTACHED_DOCUMENTS.");
            }
        }
        return named;
    }

    private static RuntimeException refused(String message) {
        return IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE, message);
    }
}
