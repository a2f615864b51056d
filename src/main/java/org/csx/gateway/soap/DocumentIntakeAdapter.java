package org.csx.gateway.soap;

import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.documents.StoredContent;
import org.csx.gateway.documents.DocumentNotices;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.DocumentRefusedException;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.documents.DocumentArrivals;
import org.csx.gateway.contract.MessageHeaders;

import jakarta.activation.DataHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.staxutils.StaxUtils;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.CompletenessStatus;
import org.csx.gateway.contract.exchange.DocumentsReceiptType;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.exchange.ObjectFactory;
import org.csx.gateway.contract.exchange.StoredDocumentType;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SOAP side of SubmitDocuments (routes/documents-intake.yaml): finds the case, streams each document into
 * the {@link DocumentStore} (refusing one that is too large or is not what its media type says), links it to the
 * case, reviews the case's completeness again, and prepares the district's "documents received" notice.
 * A refused document refuses the whole request: nothing of it is linked to the case.
 */
public class DocumentIntakeAdapter {

    static final String NS = "urn:csx:exchange:1";
    private static final String XOP_NS = "http://www.w3.org/2004/08/xop/include";
    private static final Logger log = LoggerFactory.getLogger(DocumentIntakeAdapter.class);

    private final DocumentStore store;
    private final CaseDocumentRepository repository;
    private final DocumentArrivals arrivals;
    private final ContractXml contractXml;
    private final long maxDocumentBytes;
    private final ObjectFactory objects = new ObjectFactory();

    public DocumentIntakeAdapter(DocumentStore store, CaseDocumentRepository repository, DocumentArrivals arrivals,
                                 ContractXml contractXml, long maxDocumentBytes) {
        this.store = store;
        this.repository = repository;
        this.arrivals = arrivals;
        this.contractXml = contractXml;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** One document of the request, as the partner described it. */
    record Submitted(DocumentTypeCode type, boolean certified, String fileName, String mediaType, Element content) {
    }

    record Outcome(UUID trackingId, List<StoredDocumentType> stored, Optional<CaseReview> review) {
    }

    public void store(Exchange exchange) {
        Partner partner = authenticatedPartner(exchange);
        Element request = requestElement(exchange);
        UUID trackingId = findCase(partner, request);
        List<Submitted> submitted = documents(request);
        AttachmentMessage attachments = exchange.getIn(AttachmentMessage.class);

        List<StoredContent> contents = new ArrayList<>();
        for (Submitted document : submitted) {
            try (InputStream in = content(document.content(), attachments)) {
                contents.add(store.store(in, document.mediaType(), maxDocumentBytes));
            } catch (DocumentRefusedException e) {
                log.info("Refused a document for case {} from partner {}: {} {}", trackingId, partner.id(), e.code(),
                        e.getMessage());
                throw IntakeFaults.clientFault(e.code(), e.getMessage() + " Nothing of this request was kept.");
            } catch (IOException | UncheckedIOException e) {
                log.error("Could not store a document for case {} from partner {}", trackingId, partner.id(), e);
                throw IntakeFaults.serverFault(IntakeFaultCode.UNAVAILABLE,
                        "The documents could not be stored. Send them again later.");
            }
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<DocumentArrivals.Arrived> arrived = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Submitted document = submitted.get(i);
            arrived.add(new DocumentArrivals.Arrived(document.type(), document.certified(), document.fileName(),
                    contents.get(i)));
        }
        DocumentArrivals.Outcome outcome;
        try {
            outcome = arrivals.record(trackingId, partner.id(), arrived, now);
        } catch (RuntimeException e) {
            log.error("Could not link documents to case {} from partner {}", trackingId, partner.id(), e);
            throw IntakeFaults.serverFault(IntakeFaultCode.UNAVAILABLE,
                    "The documents could not be recorded. Send them again later.");
        }
        List<StoredDocumentType> stored = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            StoredDocumentType s = new StoredDocumentType();
            s.setDocumentType(submitted.get(i).type());
            s.setSha256(contents.get(i).sha256());
            s.setSizeBytes(contents.get(i).sizeBytes());
            s.setAlreadyHeld(!outcome.linked().get(i));
            stored.add(s);
        }
        long added = outcome.linked().stream().filter(Boolean::booleanValue).count();
        Optional<CaseReview> review = outcome.review();
        log.info("Stored {} document(s) ({} new) for case {} from partner {}", stored.size(), added, trackingId,
                partner.id());
        exchange.getMessage().setHeader(MessageHeaders.TRACKING_ID, trackingId.toString());
        exchange.getMessage().setHeader(MessageHeaders.PARTNER_ID, partner.id());
        exchange.setProperty(MessageHeaders.DOCUMENTS_RESULT, new Outcome(trackingId, stored, review));
    }

    /** The answer: what was stored and the case's completeness now. */
    public CxfPayload<SoapHeader> receipt(Exchange exchange) {
        Outcome outcome = exchange.getProperty(MessageHeaders.DOCUMENTS_RESULT, Outcome.class);
        DocumentsReceiptType receipt = new DocumentsReceiptType();
        receipt.setTrackingId(outcome.trackingId().toString());
        receipt.getStored().addAll(outcome.stored());
        outcome.review().ifPresent(review -> {
            receipt.setCompleteness(review.isComplete() ? CompletenessStatus.COMPLETE : CompletenessStatus.INCOMPLETE);
            receipt.getMissingDocument().addAll(DocumentNotices.missing(review.completeness()));
        });
        List<Source> body = new ArrayList<>(1);
        body.add(new DOMSource(contractXml.toDocument(objects.createDocumentsReceipt(receipt)).getDocumentElement()));
        return new CxfPayload<>(new ArrayList<>(), body, null);
    }

    private UUID findCase(Partner partner, Element request) {
        String trackingId = childText(request, "TrackingId");
        if (trackingId != null) {
            try {
                UUID id = UUID.fromString(trackingId);
                if (repository.sentBy(id, partner.id())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below like any unknown case
            }
            throw IntakeFaults.clientFault(IntakeFaultCode.CASE_NOT_FOUND,
                    "No transmittal with tracking id " + trackingId + " was received from partner " + partner.id() + ".");
        }
        String senderCaseId = childText(request, "SenderCaseId");
        if (senderCaseId == null) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                    "SubmitDocuments names its case with TrackingId or SenderCaseId.");
        }
        return repository.caseBySenderCaseId(partner.id(), senderCaseId).orElseThrow(() ->
                IntakeFaults.clientFault(IntakeFaultCode.CASE_NOT_FOUND, "No request with case id " + senderCaseId
                        + " was received from partner " + partner.id() + "."));
    }

    private static List<Submitted> documents(Element request) {
        List<Submitted> documents = new ArrayList<>();
        for (Element document : children(request, "Document")) {
            String type = childText(document, "DocumentType");
            String mediaType = childText(document, "MediaType");
            Element content = children(document, "Content").stream().findFirst().orElse(null);
            DocumentTypeCode code;
            try {
                code = DocumentTypeCode.fromValue(type);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                        "Document/DocumentType " + type + " is not a DocumentTypeCode of transmittal.xsd.");
            }
            if (mediaType == null || content == null) {
                throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                        "Each Document needs a MediaType and its Content.");
            }
            documents.add(new Submitted(code, "true".equals(childText(document, "Certified")),
                    limit(childText(document, "FileName"), 200), mediaType, content));
        }
        if (documents.isEmpty() || documents.size() > 20) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE, "Send 1 to 20 documents per request.");
        }
        return documents;
    }

    /** The content: the MTOM attachment an xop:Include points at, or inline base64 (small documents only). */
    private static InputStream content(Element content, AttachmentMessage attachments) throws IOException {
        for (Node n = content.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element include && XOP_NS.equals(include.getNamespaceURI())
                    && "Include".equals(include.getLocalName())) {
                DataHandler handler = attachment(include.getAttribute("href"), attachments);
                if (handler == null) {
                    throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                            "A document refers to an attachment the message does not carry.");
                }
                return handler.getInputStream();
            }
        }
        String text = content.getTextContent();
        try {
            return new ByteArrayInputStream(Base64.getMimeDecoder().decode(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE, "A document's inline content is not base64.");
        }
    }

    static DataHandler attachment(String href, AttachmentMessage attachments) {
        if (href == null || attachments == null || !attachments.hasAttachments()) {
            return null;
        }
        String id = href.startsWith("cid:") ? href.substring(4) : href;
        for (String candidate : List.of(id, URLDecoder.decode(id, StandardCharsets.UTF_8), "<" + id + ">")) {
            DataHandler handler = attachments.getAttachment(candidate);
            if (handler != null) {
                return handler;
            }
        }
        return null;
    }

    private static Element requestElement(Exchange exchange) {
        Source source = SoapPayloads.onlyBodyElement(exchange).orElseThrow(() -> IntakeFaults.clientFault(
                IntakeFaultCode.MALFORMED_MESSAGE, "The SOAP body must hold exactly one SubmitDocuments element."));
        Element element;
        try {
            if (source instanceof DOMSource dom && dom.getNode() instanceof Element e) {
                element = e;
            } else {
                element = StaxUtils.read(source).getDocumentElement();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE, "The SOAP body could not be read.");
        }
        if (!NS.equals(element.getNamespaceURI()) || !"SubmitDocuments".equals(element.getLocalName())) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                    "Expected a SubmitDocuments element in namespace " + NS + ".");
        }
        return element;
    }

    private static Partner authenticatedPartner(Exchange exchange) {
        return SoapPayloads.authenticatedPartner(exchange).orElseThrow(() ->
                IntakeFaults.clientFault(IntakeFaultCode.AUTHENTICATION_FAILED, "Partner credentials are required."));
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String childText(Element parent, String localName) {
        return children(parent, localName).stream().findFirst().map(Element::getTextContent).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
