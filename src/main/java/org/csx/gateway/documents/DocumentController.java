package org.csx.gateway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents over REST. {@code GET /api/cases/{trackingId}/documents}: what the registry holds for a case and what
 * is missing (metadata only, no file names or content). {@code GET /api/documents/{sha256}}: the content, streamed
 * from the store, for a district system whose case holds it (the rule is in the security filter chain).
 * {@code POST /api/cases/{trackingId}/documents?type=&certified=&fileName=} (specialists): a paper the registry
 * received by mail, scanned, recorded on the case exactly as a document sent with SubmitDocuments is
 * ({@link DocumentArrivals}): the review is made again and a waiting registration moves on.
 */
@RestController
class DocumentController {

    private final CaseDocumentRepository repository;
    private final CaseReviewer reviewer;
    private final DocumentStore store;
    private final DocumentArrivals arrivals;
    private final DocumentsProperties properties;

    DocumentController(CaseDocumentRepository repository, CaseReviewer reviewer, DocumentStore store,
                       DocumentArrivals arrivals, DocumentsProperties properties) {
        this.repository = repository;
        this.reviewer = reviewer;
        this.store = store;
        this.arrivals = arrivals;
        this.properties = properties;
    }

    /** A paper received by mail, recorded by a specialist (who is in the audit trail: identity's filter chain). */
    @PostMapping("/api/cases/{trackingId}/documents")
    ResponseEntity<?> recordPaper(@PathVariable String trackingId, @RequestParam String type,
                                  @RequestParam(defaultValue = "false") boolean certified,
                                  @RequestParam(required = false) String fileName,
                                  @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
                                  InputStream body) {
        UUID id;
        DocumentTypeCode code;
        try {
            id = UUID.fromString(trackingId);
            code = DocumentTypeCode.valueOf(type);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "a case is named by its tracking id (a UUID) and type is a DocumentTypeCode of transmittal.xsd"));
        }
        Optional<String> partnerId = repository.partnerOf(id);
        if (partnerId.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no case with tracking id " + id));
        }
        StoredContent content;
        try {
            content = store.store(body, mediaType, properties.getMaxDocumentBytes());
        } catch (DocumentRefusedException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        String name = fileName == null || fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
        DocumentArrivals.Outcome outcome = arrivals.record(id, partnerId.get(),
                List.of(new DocumentArrivals.Arrived(code, certified, name, content)),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("trackingId", id);
        answer.put("sha256", content.sha256());
        answer.put("alreadyHeld", !outcome.linked().get(0));
        outcome.review().ifPresent(review -> {
            answer.put("completeness", review.completeness().status());
            answer.put("missing", review.completeness().missing());
        });
        return ResponseEntity.ok(answer);
    }

    @GetMapping("/api/cases/{trackingId}/documents")
    ResponseEntity<?> caseDocuments(@PathVariable String trackingId) {
        UUID id;
        try {
            id = UUID.fromString(trackingId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "a case is named by its tracking id (a UUID)"));
        }
        Optional<CaseDocumentRepository.StoredReview> stored = repository.storedReview(id);
        List<CaseDocument> documents = repository.documents(id);
        if (stored.isEmpty() && documents.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no reviewed case with tracking id " + id));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingId", id);
        reviewer.current(id).ifPresent(review -> {
            body.put("requestType", review.requestType().map(Enum::name).orElse(null));
            body.put("districtId", review.districtId());
            body.put("completeness", review.completeness().status());
            body.put("missing", review.completeness().missing());
        });
        body.put("documents", documents.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documentType", d.type());
            m.put("certified", d.asReceived().isCertified());
            m.put("mediaType", d.mediaType());
            m.put("sizeBytes", d.sizeBytes());
            m.put("sha256", d.sha256());
            m.put("receivedAt", d.receivedAt());
            m.put("href", DocumentNotices.DOCUMENT_PATH + d.sha256());
            return m;
        }).toList());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/api/documents/{sha256}")
    ResponseEntity<?> content(@PathVariable String sha256) {
        // Who may fetch is decided before this (identity.HttpSecurityConfiguration): a district whose case holds
        // the document, or a specialist. A district asking for any other, existing or not, gets the same 403.
        List<CaseDocument> links = repository.bySha256(sha256);
        // The district check is made before (identity.HttpSecurityConfiguration); decrypted as it streams out.
        Optional<InputStream> content = links.isEmpty() ? Optional.empty() : openOrEmpty(sha256);
        if (content.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no such document"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(links.get(0).mediaType()))
                .contentLength(links.get(0).sizeBytes())
                .header("X-Content-SHA256", sha256)
                .body(new InputStreamResource(content.get()));
    }

    /** Decrypted as it is streamed out (DocumentStore.open). */
    private Optional<InputStream> openOrEmpty(String sha256) {
        try {
            return store.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + sha256, e);
        }
    }
}
