package org.csx.gateway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents over REST. {@code GET /api/cases/{trackingId}/documents}: what the registry holds for a case and what
 * is missing (metadata only, no file names or content). {@code GET /api/documents/{sha256}}: the content, streamed
 * from the store, for a district system whose case holds it (the rule is in the security filter chain).
 */
@RestController
class DocumentController {

    private final CaseDocumentRepository repository;
    private final CaseReviewer reviewer;
    private final DocumentStore store;

    DocumentController(CaseDocumentRepository repository, CaseReviewer reviewer, DocumentStore store) {
        this.repository = repository;
        this.reviewer = reviewer;
        this.store = store;
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
        stored.ifPresent(s -> {
            Completeness completeness = reviewer.evaluate(s.requestType(), s.partnerStateFips(), documents);
            body.put("requestType", s.requestType().map(Enum::name).orElse(null));
            body.put("districtId", s.districtId());
            body.put("completeness", completeness.status());
            body.put("missing", completeness.missing());
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
