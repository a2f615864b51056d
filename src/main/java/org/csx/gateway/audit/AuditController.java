package org.csx.gateway.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?actor=&subject=&from=&to=&limit=}: the personal-data reads recorded, newest first, for
 * administrators (the access rule is the security chain's: ADMINISTRATOR only). {@code from}/{@code to} are ISO-8601
 * instants or offset date-times ({@code 2026-12-01T00:00:00Z}); {@code limit} defaults to 100, at most 1000.
 */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    ResponseEntity<?> find(@RequestParam(required = false) String actor,
                           @RequestParam(required = false) String subject,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "100") int limit) {
        Instant since;
        Instant until;
        try {
            since = instant(from);
            until = instant(to);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "from and to are ISO-8601 date-times, e.g. 2026-12-01T00:00:00Z"));
        }
        return ResponseEntity.ok(trail.find(blankToNull(actor), blankToNull(subject), since, until, limit));
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value.strip()).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
