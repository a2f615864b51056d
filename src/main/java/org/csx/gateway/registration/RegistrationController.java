package org.csx.gateway.registration;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry for staff (no SSNs, no dates of birth):
 * <ul>
 *   <li>{@code GET /api/registrations/{id}}: one registration with its orders, documents, what is missing, history</li>
 *   <li>{@code GET /api/registrations?lastName=&orderId=&docketNumber=}: search (at least one)</li>
 *   <li>{@code GET /api/registrations/{id}/notice[?version=DRAFT|FINAL]}: the §605 notice PDF</li>
 *   <li>{@code POST /api/registrations/{id}/withdrawal}: withdraws a registration that is not final (409 otherwise)</li>
 * </ul>
 * Documents arrive on the case (SubmitDocuments, or {@code POST /api/cases/{trackingId}/documents} for papers
 * received by mail): the registration moves on by itself ({@link RegistrationDocuments}).
 */
@RestController
@RequestMapping("/api/registrations")
class RegistrationController {

    private final RegistrationRegistry registry;
    private final RegistrationService service;

    RegistrationController(RegistrationRegistry registry, RegistrationService service) {
        this.registry = registry;
        this.service = service;
    }

    @GetMapping("/{id}")
    ResponseEntity<?> find(@PathVariable String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return badId();
        }
        return registry.view(uuid).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(uuid));
    }

    @GetMapping
    ResponseEntity<?> search(@RequestParam(required = false) String lastName,
                             @RequestParam(required = false) String orderId,
                             @RequestParam(required = false) String docketNumber) {
        if (blank(lastName) && blank(orderId) && blank(docketNumber)) {
            return ResponseEntity.badRequest().body(Map.of("error", "search by lastName, orderId or docketNumber"));
        }
        return ResponseEntity.ok(registry.search(lastName, orderId, docketNumber, 100));
    }

    @GetMapping("/{id}/notice")
    ResponseEntity<?> notice(@PathVariable String id, @RequestParam(required = false) String version) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return badId();
        }
        var notice = version == null ? registry.latestNotice(uuid) : registry.notice(uuid, version.toUpperCase());
        return notice.<ResponseEntity<?>>map(n -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"notice-of-registration-" + uuid + "-"
                                + n.version().toLowerCase() + ".pdf\"")
                        .body(n.pdf()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no notice for registration " + uuid)));
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<?> withdraw(@PathVariable String id) {
        UUID uuid = parse(id);
        if (uuid == null) {
            return badId();
        }
        if (registry.find(uuid).isEmpty()) {
            return notFound(uuid);
        }
        try {
            service.withdraw(uuid);
        } catch (RegistrationTransitionRefused e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
        }
        return ResponseEntity.ok(registry.view(uuid).orElseThrow());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<?> badId() {
        return ResponseEntity.badRequest().body(Map.of("error", "a registration id is a UUID"));
    }

    private static ResponseEntity<?> notFound(UUID id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no registration " + id));
    }
}
