package org.csx.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.deadletter.DeadLetters;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.deadlines.WorkingDayCalendar;
import org.csx.gateway.delivery.SentMessages;
import org.csx.gateway.documents.CaseDocument;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.CaseReviewer;
import org.csx.gateway.documents.Completeness;
import org.csx.gateway.documents.DocumentStore;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.processing.ManualRouting;
import org.csx.gateway.registration.RegistrationRegistry;
import org.csx.gateway.registration.RegistrationView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page per case: where it stands, the single timeline, the documents (PDFs in the page), the §605 notice,
 * what is missing and each clock with its due date. Reads are recorded in the personal-data audit trail
 * (audit.AuditConfiguration), as the API's are; party names are shown to specialists and up only.
 */
@Controller
class CaseController {

    private final TransmittalLedger ledger;
    private final CaseDocumentRepository documents;
    private final CaseReviewer reviewer;
    private final DocumentStore store;
    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final WorkingDayCalendar calendar;
    private final RegistrationRegistry registrations;
    private final SentMessages sentMessages;
    private final DeadLetters deadLetters;
    private final StaffActions staffActions;
    private final ManualRouting routing;
    private final Clock clock;

    CaseController(TransmittalLedger ledger, CaseDocumentRepository documents, CaseReviewer reviewer, DocumentStore store,
                   DutyRepository duties, DutyClocks clocks, WorkingDayCalendar calendar,
                   RegistrationRegistry registrations, SentMessages sentMessages, DeadLetters deadLetters,
                   StaffActions staffActions, ManualRouting routing, Clock clock) {
        this.ledger = ledger;
        this.documents = documents;
        this.reviewer = reviewer;
        this.store = store;
        this.duties = duties;
        this.clocks = clocks;
        this.calendar = calendar;
        this.registrations = registrations;
        this.sentMessages = sentMessages;
        this.deadLetters = deadLetters;
        this.staffActions = staffActions;
        this.routing = routing;
        this.clock = clock;
    }

    /** A clock with its working days left (negative: overdue), for an open duty. */
    record Clockface(Duty duty, Integer workingDaysLeft) {
    }

    @GetMapping("/cases/{trackingId}")
    String casePage(@PathVariable String trackingId, Model model) {
        UUID id = ConsoleIds.uuid(trackingId);
        TransmittalView view = id == null ? null : ledger.find(id).orElse(null);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + trackingId);
        }
        List<CaseDocument> held = documents.documents(id);
        Optional<Completeness> completeness = reviewer.current(id).map(review -> review.completeness());
        List<Duty> caseDuties = duties.forCase(id);
        RegistrationView registration = registrations.idForTransmittal(id).flatMap(registrations::view).orElse(null);
        List<SentMessages.SentMessage> messages = sentMessages.about(id);
        LocalDate today = clocks.dateOf(clock.instant());

        model.addAttribute("transmittal", view);
        model.addAttribute("documents", held);
        model.addAttribute("completeness", completeness.orElse(null));
        model.addAttribute("clocks", caseDuties.stream().map(d -> new Clockface(d,
                d.isOpen() ? calendar.workingDaysBetween(today, d.dueDate()) : null)).toList());
        model.addAttribute("registration", registration);
        model.addAttribute("notice", registration == null ? null
                : registrations.latestNotice(registration.id()).map(RegistrationRegistry.StoredNotice::version).orElse(null));
        model.addAttribute("messages", messages);
        model.addAttribute("timeline", new Timeline()
                .ledger(view.history())
                .documents(held)
                .duties(caseDuties)
                .registration(registration)
                .messages(messages)
                .deadLetters(deadLetters.about(id))
                .staffActions(staffActions.about(id.toString()))
                .entries());
        model.addAttribute("routable", view.status() == TransmittalStatus.ROUTING_EXCEPTION);
        model.addAttribute("districts", routing.districts());
        return "console/case";
    }

    /** The §605 notice (the latest: FINAL once filed, else the DRAFT), shown in the case page. */
    @GetMapping("/cases/{trackingId}/notice")
    ResponseEntity<byte[]> notice(@PathVariable String trackingId) {
        UUID id = ConsoleIds.uuid(trackingId);
        Optional<RegistrationRegistry.StoredNotice> notice = id == null ? Optional.empty()
                : registrations.idForTransmittal(id).flatMap(registrations::latestNotice);
        return notice.map(n -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(n.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A document of this case (and only of this case), decrypted as it streams, shown in the page. */
    @GetMapping("/cases/{trackingId}/documents/{sha256}")
    ResponseEntity<InputStreamResource> document(@PathVariable String trackingId, @PathVariable String sha256) {
        UUID id = ConsoleIds.uuid(trackingId);
        Optional<CaseDocument> held = id == null || !sha256.matches("[0-9a-f]{64}") ? Optional.empty()
                : documents.documents(id).stream().filter(d -> d.sha256().equals(sha256)).findFirst();
        if (held.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Optional<InputStream> content;
        try {
            content = store.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + sha256, e);
        }
        return content.map(in -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(held.get().mediaType()))
                        .contentLength(held.get().sizeBytes())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(new InputStreamResource(in)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
