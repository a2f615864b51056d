package org.csx.gateway.district;

import java.time.Instant;
import java.util.UUID;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;

/**
 * The initiating side's clocks of a district's own request, on the one duty table (deadlines.DutyRepository): the
 * partner's acknowledgment (10 working days) and its response (75 days), kept under the request's id.
 */
class DistrictRequestClocks {

    private final DutyRepository duties;
    private final DutyClocks clocks;

    DistrictRequestClocks(DutyRepository duties, DutyClocks clocks) {
        this.duties = duties;
        this.clocks = clocks;
    }

    /** The home state's date of an instant (transaction dates). */
    java.time.LocalDate today(Instant now) {
        return clocks.dateOf(now);
    }

    void open(UUID requestId, String transaction, String partnerId, Instant sentAt) {
        String trigger = transaction + " sent to partner " + partnerId;
        duties.open(requestId, DutyKind.PARTNER_ACKNOWLEDGMENT, trigger, sentAt, null);
        duties.open(requestId, DutyKind.PARTNER_RESPONSE, trigger, sentAt, null);
    }
}
