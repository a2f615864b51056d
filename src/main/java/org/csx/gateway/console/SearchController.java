package org.csx.gateway.console;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csx.gateway.deadlines.ComplianceFigures;
import org.csx.gateway.ledger.TransmittalQueries;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.registration.RegistrationRegistry;
import org.csx.gateway.registration.RegistrationView;
import org.csx.gateway.registration.RegistrationWorklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search by tracking id, the partner's case id, a court docket number, partner, status and dates of receipt; by a
 * party's last name only for specialists and up. Every search is recorded in the personal-data audit trail with its
 * criteria (audit.AuditConfiguration), as the API's registration search is.
 */
@Controller
class SearchController {

    static final int LIMIT = 200;

    private final TransmittalQueries transmittals;
    private final RegistrationWorklist registrationLists;
    private final RegistrationRegistry registrations;
    private final ZoneId zone;

    SearchController(TransmittalQueries transmittals, RegistrationWorklist registrationLists,
                     RegistrationRegistry registrations, ComplianceFigures figures) {
        this.transmittals = transmittals;
        this.registrationLists = registrationLists;
        this.registrations = registrations;
        this.zone = ZoneId.of(figures.zone());
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String trackingId,
                  @RequestParam(required = false) String partnerCaseId,
                  @RequestParam(required = false) String docketNumber,
                  @RequestParam(required = false) String partner,
                  @RequestParam(required = false) String status,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to,
                  @RequestParam(required = false) String partyName,
                  Principal principal, Model model) {
        ConsoleUser user = ConsoleUser.of(principal);
        model.addAttribute("statuses", TransmittalStatus.values());
        List<String> problems = new ArrayList<>();
        boolean asked = !(blank(trackingId) && blank(partnerCaseId) && blank(docketNumber) && blank(partner)
                && blank(status) && blank(from) && blank(to) && blank(partyName));
        model.addAttribute("asked", asked);
        if (!asked) {
            return "console/search";
        }
        Set<UUID> ids = null;
        if (!blank(trackingId)) {
            UUID id = ConsoleIds.uuid(trackingId);
            if (id == null) {
                problems.add("A tracking id is a UUID, as on the receipt.");
            } else {
                ids = new LinkedHashSet<>(List.of(id));
            }
        }
        if (!blank(docketNumber)) {
            ids = intersect(ids, registrationLists.trackingIdsByDocket(docketNumber.strip()));
        }
        if (!blank(partyName)) {
            if (!user.maySeeNames()) {
                problems.add("Searching by a party's name is for specialists and supervisors.");
            } else {
                List<RegistrationView.Summary> byName = registrations.search(partyName.strip(), null, null, LIMIT);
                ids = intersect(ids, byName.stream().map(RegistrationView.Summary::trackingId).toList());
            }
        }
        TransmittalStatus wanted = null;
        if (!blank(status)) {
            try {
                wanted = TransmittalStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                problems.add("No status " + status + ".");
            }
        }
        LocalDate fromDate = date(from, "from", problems);
        LocalDate toDate = date(to, "to", problems);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "console/search";
        }
        model.addAttribute("results", transmittals.search(new TransmittalQueries.Criteria(ids,
                blankToNull(partner), blankToNull(partnerCaseId), wanted,
                fromDate == null ? null : fromDate.atStartOfDay(zone).toOffsetDateTime(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime()), LIMIT));
        model.addAttribute("limit", LIMIT);
        return "console/search";
    }

    private static Set<UUID> intersect(Set<UUID> ids, List<UUID> found) {
        if (ids == null) {
            return new LinkedHashSet<>(found);
        }
        ids.retainAll(found);
        return ids;
    }

    private static LocalDate date(String value, String name, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add("'" + name + "' is a date: YYYY-MM-DD.");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
