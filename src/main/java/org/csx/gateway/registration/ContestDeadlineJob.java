package org.csx.gateway.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Confirms by operation of law (UIFSA §606) the registrations whose contest period has ended with no
 * contest. Safe with several gateway instances: the confirming UPDATE is guarded by the status, so
 * each registration is confirmed, and its messages sent, once. "Today" comes from the Clock bean;
 * {@link #confirmAsOf(LocalDate)} lets staff or tests run it for a given day.
 */
@Component
public class ContestDeadlineJob {

    private final RegistrationService service;
    private final Clock clock;

    public ContestDeadlineJob(RegistrationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csx.registration.contest-job-interval:1h}",
            fixedDelayString = "${csx.registration.contest-job-interval:1h}")
    public void run() {
        confirmAsOf(LocalDate.now(clock));
    }

    public List<UUID> confirmAsOf(LocalDate today) {
        return service.confirmUncontested(today);
    }
}
