package org.csx.gateway.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open duties and their due dates: {@code GET /api/deadlines?dueBefore=YYYY-MM-DD}. No personal data. */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    private static final int LIMIT = 1000;

    private final DutyRepository duties;

    DeadlineController(DutyRepository duties) {
        this.duties = duties;
    }

    @GetMapping
    ResponseEntity<?> dueBefore(@RequestParam("dueBefore") String dueBefore) {
        LocalDate date;
        try {
            date = LocalDate.parse(dueBefore);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "dueBefore is a date: YYYY-MM-DD"));
        }
        return ResponseEntity.ok(duties.openDueBefore(date, LIMIT));
    }
}
