package org.csx.gateway.api;

import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.ledger.TransmittalLedger;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.csx.gateway.delivery.SentMessages;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a transmittal stands: {@code GET /api/transmittals/{trackingId}}. */
@RestController
@RequestMapping("/api/transmittals")
class TransmittalController {

    private final TransmittalLedger ledger;
    private final SentMessages sentMessages;

    TransmittalController(TransmittalLedger ledger, SentMessages sentMessages) {
        this.ledger = ledger;
        this.sentMessages = sentMessages;
    }

    /** The ledger's view with the messages sent about the transmittal and their delivery (docs/delivery.md). */
    record TransmittalReport(@JsonUnwrapped TransmittalView transmittal, List<SentMessages.SentMessage> messages) {
    }

    @GetMapping("/{trackingId}")
    ResponseEntity<?> find(@PathVariable String trackingId) {
        UUID id;
        try {
            id = UUID.fromString(trackingId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "a tracking id is a UUID, as on the receipt"));
        }
        return ledger.find(id)
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok(new TransmittalReport(view, sentMessages.about(id))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "no transmittal with tracking id " + id)));
    }
}
