package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Set;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyExpiry;
import org.csx.gateway.deadlines.DutyKind;

/** A contest period that passed: the registration is confirmed by operation of law (§606), once. */
class RegistrationContestExpiry implements DutyExpiry {

    private final RegistrationService service;

    RegistrationContestExpiry(RegistrationService service) {
        this.service = service;
    }

    @Override
    public Set<DutyKind> kinds() {
        return ContestPeriod.KINDS;
    }

    @Override
    public String expired(Duty duty, LocalDate today) {
        return service.contestPeriodPassed(duty.trackingId(), today);
    }
}
