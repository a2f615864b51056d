package org.csx.gateway.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.csx.gateway.deadletter.DeadLetters;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.deadlines.WorkingDayCalendar;
import org.csx.gateway.delivery.DeliveryHealth;
import org.csx.gateway.delivery.FailedDeliveries;
import org.csx.gateway.documents.DocumentWorklist;
import org.csx.gateway.ledger.TransmittalQueries;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.processing.ManualRouting;
import org.csx.gateway.registration.RegistrationWorklist;
import org.springframework.beans.factory.annotation.Value;
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

    /** Duties listed: open ones due within this many working days, and every overdue one. */
    static final int DUTY_HORIZON_WORKING_DAYS = 10;

    private final TransmittalQueries transmittals;
    private final ManualRouting routing;
    private final DeadLetters deadLetters;
    private final DocumentWorklist documents;
    private final RegistrationWorklist registrations;
    private final DeliveryHealth deliveries;
    private final FailedDeliveries failedDeliveries;
    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    /** Production staff may sign in through the identity provider (identity.ConsoleOidcConfiguration). */
    private final boolean oidcSignIn;

    WorklistController(TransmittalQueries transmittals, ManualRouting routing, DeadLetters deadLetters,
                       DocumentWorklist documents, RegistrationWorklist registrations, DeliveryHealth deliveries,
                       FailedDeliveries failedDeliveries, DutyRepository duties, DutyClocks clocks, WorkingDayCalendar calendar, Clock clock,
                       @Value("${csx.console.oidc.client-id:}") String oidcClientId) {
        this.oidcSignIn = !oidcClientId.isBlank();
        this.transmittals = transmittals;
        this.routing = routing;
        this.deadLetters = deadLetters;
        this.documents = documents;
        this.registrations = registrations;
        this.deliveries = deliveries;
        this.failedDeliveries = failedDeliveries;
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
    String login(Model model) {
        model.addAttribute("oidc", oidcSignIn);
        return "console/login";
    }

    /**
     * Every worklist, a page of each ({@link Pager#SIZE} items; {@code ?documents=3} shows the third page of that
     * list): each page is read from an index in the order shown, with the list's count, never the whole list.
     */
    @GetMapping("/")
    String worklists(@RequestParam Map<String, String> query, Model model) {
        LocalDate today = clocks.dateOf(clock.instant());
        LocalDate horizon = calendar.addWorkingDays(today, DUTY_HORIZON_WORKING_DAYS).plusDays(1);
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("exceptions", transmittals.countInStatus(TransmittalStatus.ROUTING_EXCEPTION));
        totals.put("letters", deadLetters.openCount());
        totals.put("documents", documents.count());
        totals.put("registrations", registrations.openCount());
        totals.put("deliveries", deliveries.failedOrRetryingCount());
        totals.put("duties", duties.countOpenDueBefore(horizon));
        Map<String, Integer> pages = new LinkedHashMap<>();
        totals.forEach((list, total) -> pages.put(list, Math.min(Pager.requested(query.get(list)), Pager.pages(total))));
        model.addAttribute("today", today);
        model.addAttribute("districts", routing.districts());
        page(model, "exceptions", "exceptions", totals, pages,
                offset -> transmittals.inStatus(TransmittalStatus.ROUTING_EXCEPTION, Pager.SIZE, offset));
        page(model, "deadLetters", "letters", totals, pages, offset -> deadLetters.open(Pager.SIZE, offset));
        page(model, "waitingForDocuments", "documents", totals, pages, offset -> documents.waiting(Pager.SIZE, offset));
        page(model, "registrations", "registrations", totals, pages, offset -> registrations.open(Pager.SIZE, offset));
        page(model, "failedDeliveries", "deliveries", totals, pages,
                offset -> deliveries.failedOrRetrying(Pager.SIZE, offset));
        page(model, "duties", "duties", totals, pages, offset -> duties.openDueBefore(horizon, Pager.SIZE, offset).stream()
                .map(d -> new DutyItem(d, calendar.workingDaysBetween(today, d.dueDate())))
                .toList());
        model.addAttribute("dutyHorizon", DUTY_HORIZON_WORKING_DAYS);
        return "console/worklists";
    }

    private static final Map<String, String> ANCHORS = Map.of("exceptions", "exceptions", "letters", "dead-letters",
            "documents", "documents", "registrations", "registrations", "deliveries", "deliveries", "duties", "duties");

    private static void page(Model model, String attribute, String list, Map<String, Long> totals,
                             Map<String, Integer> pages, LongFunction<List<?>> read) {
        int page = pages.get(list);
        List<?> items = read.apply(Pager.offset(page));
        model.addAttribute(attribute, items);
        model.addAttribute(attribute + "Pager", Pager.of(list, ANCHORS.get(list), page, totals.get(list), items.size(), pages));
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
        return act(id, "No such dead letter.", "redirect:/", redirect, letter -> {
            deadLetters.replay(letter, ConsoleUser.of(principal).name());
            return "Dead letter " + letter + " was replayed: its transmittal is processed again.";
        });
    }

    @PostMapping("/dead-letters/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
                 RedirectAttributes redirect) {
        return act(id, "No such dead letter.", "redirect:/", redirect, letter -> {
            deadLetters.close(letter, reason, ConsoleUser.of(principal).name());
            return "Dead letter " + letter + " was closed.";
        });
    }

    @PostMapping("/deliveries/{id}/send-again")
    String sendAgain(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        return act(id, "No such delivery.", "redirect:/#deliveries", redirect, delivery -> {
            failedDeliveries.sendAgain(delivery, ConsoleUser.of(principal).name());
            return "Delivery " + delivery + " is due again: one more attempt now.";
        });
    }

    @PostMapping("/deliveries/{id}/close")
    String closeDelivery(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
                         RedirectAttributes redirect) {
        return act(id, "No such delivery.", "redirect:/#deliveries", redirect, delivery -> {
            failedDeliveries.close(delivery, reason, ConsoleUser.of(principal).name());
            return "Delivery " + delivery + " was closed.";
        });
    }

    /**
     * A staff action on a worklist row named by its number: an id that is no number, or the action's refusal, is the
     * page's error; otherwise the sentence the action returns is its notice. Back to {@code page} either way.
     */
    private static String act(String id, String noSuchRow, String page, RedirectAttributes redirect,
                              LongFunction<String> action) {
        Long row = ConsoleIds.number(id);
        if (row == null) {
            redirect.addFlashAttribute("error", noSuchRow);
            return page;
        }
        try {
            redirect.addFlashAttribute("notice", action.apply(row));
        } catch (DeadLetters.DeadLetterRefused | FailedDeliveries.DeliveryActionRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return page;
    }
}
