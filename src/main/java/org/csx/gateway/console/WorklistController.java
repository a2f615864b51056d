package org.csx.gateway.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.deadletter.DeadLetters;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.deadlines.WorkingDayCalendar;
import org.csx.gateway.delivery.DeliveryHealth;
import org.csx.gateway.documents.DocumentWorklist;
import org.csx.gateway.ledger.TransmittalQueries;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.processing.ManualRouting;
import org.csx.gateway.registration.RegistrationWorklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's home page: every worklist, each item with its action, and the actions themselves (specialists
 * only, by the security chain; the buttons are shown only to them). Each action names the staff member from the
 * authenticated principal and is recorded with them (audit.StaffActions, and the ledger's history).
 */
@Controller
class WorklistController {

    static final int LIST_LIMIT = 200;
    /** Duties listed: open ones due within this many working days, and every overdue one. */
    static final int DUTY_HORIZON_WORKING_DAYS = 10;

    private final TransmittalQueries transmittals;
    private final ManualRouting routing;
    private final DeadLetters deadLetters;
    private final DocumentWorklist documents;
    private final RegistrationWorklist registrations;
    private final DeliveryHealth deliveries;
    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    WorklistController(TransmittalQueries transmittals, ManualRouting routing, DeadLetters deadLetters,
                       DocumentWorklist documents, RegistrationWorklist registrations, DeliveryHealth deliveries,
                       DutyRepository duties, DutyClocks clocks, WorkingDayCalendar calendar, Clock clock) {
        this.transmittals = transmittals;
        this.routing = routing;
        this.deadLetters = deadLetters;
        this.documents = documents;
        this.registrations = registrations;
        this.deliveries = deliveries;
        this.duties = duties;
        this.clocks = clocks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** An open duty with its working days left (negative: overdue by that many). */
    record DutyItem(Duty duty, int workingDaysLeft) {
        public boolean overdue() {
            return workingDaysLeft < 0;
        }
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/")
    String worklists(Model model) {
        LocalDate today = clocks.dateOf(clock.instant());
        model.addAttribute("today", today);
        model.addAttribute("exceptions", transmittals.inStatus(TransmittalStatus.ROUTING_EXCEPTION, LIST_LIMIT));
        model.addAttribute("districts", routing.districts());
        model.addAttribute("deadLetters", deadLetters.open(LIST_LIMIT));
        model.addAttribute("waitingForDocuments", documents.waiting(LIST_LIMIT));
        model.addAttribute("registrations", registrations.open(LIST_LIMIT));
        model.addAttribute("failedDeliveries", deliveries.failedOrRetrying(LIST_LIMIT));
        LocalDate horizon = calendar.addWorkingDays(today, DUTY_HORIZON_WORKING_DAYS);
        List<DutyItem> due = duties.openDueBefore(horizon.plusDays(1), LIST_LIMIT).stream()
                .map(d -> new DutyItem(d, calendar.workingDaysBetween(today, d.dueDate())))
                .toList();
        model.addAttribute("duties", due);
        model.addAttribute("dutyHorizon", DUTY_HORIZON_WORKING_DAYS);
        return "console/worklists";
    }

    @PostMapping("/exceptions/{trackingId}/route")
    String route(@PathVariable String trackingId, @RequestParam(required = false) String district, Principal principal,
                 RedirectAttributes redirect) {
        UUID id = ConsoleIds.uuid(trackingId);
        if (id == null || district == null || district.isBlank()) {
            redirect.addFlashAttribute("error", "Choose a district for the case.");
            return "redirect:/";
        }
        try {
            routing.route(id, district.strip(), ConsoleUser.of(principal).name());
            redirect.addFlashAttribute("notice", "Case " + id + " was forwarded to district " + district.strip()
                    + " and the partner was told where it went.");
        } catch (ManualRouting.RoutingRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/";
    }

    @PostMapping("/dead-letters/{id}/replay")
    String replay(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        Long letter = ConsoleIds.number(id);
        if (letter == null) {
            redirect.addFlashAttribute("error", "No such dead letter.");
            return "redirect:/";
        }
        try {
            deadLetters.replay(letter, ConsoleUser.of(principal).name());
            redirect.addFlashAttribute("notice", "Dead letter " + letter + " was replayed: its transmittal is processed again.");
        } catch (DeadLetters.DeadLetterRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/";
    }

    @PostMapping("/dead-letters/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
                 RedirectAttributes redirect) {
        Long letter = ConsoleIds.number(id);
        if (letter == null) {
            redirect.addFlashAttribute("error", "No such dead letter.");
            return "redirect:/";
        }
        try {
            deadLetters.close(letter, reason, ConsoleUser.of(principal).name());
            redirect.addFlashAttribute("notice", "Dead letter " + letter + " was closed.");
        } catch (DeadLetters.DeadLetterRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/";
    }
}
