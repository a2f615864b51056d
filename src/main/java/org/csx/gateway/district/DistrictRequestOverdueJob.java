package org.csx.gateway.district;

import org.csx.gateway.contract.MessageHeaders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.validation.FarCodeTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district's request the partner has not answered in time: past the due date of its acknowledgment or response
 * clock, ONE reminder (function + M, blank reason, "response overdue", where the valid-transactions table has one:
 * PAT, EST, ENF) goes to the partner, and the district gets an item on its inbound queue (csxMessageKind
 * PARTNER_OVERDUE). Duties are claimed with FOR UPDATE SKIP LOCKED and marked reminded in the same transaction, so two
 * gateway instances remind once; the reminder's outbox key is per request, so the second clock of the same request
 * sends no second reminder.
 */
class DistrictRequestOverdueJob {

    private static final Logger log = LoggerFactory.getLogger(DistrictRequestOverdueJob.class);
    static final Set<DutyKind> KINDS = Set.of(DutyKind.PARTNER_ACKNOWLEDGMENT, DutyKind.PARTNER_RESPONSE);

    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final DistrictMessages messages;
    private final DistrictLookup districts;
    private final FarCodeTable farCodes;
    private final OutboundQueues queues;
    private final Outbox outbox;
    private final ContractXml contractXml;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PartnerMessages partnerMessages;

    DistrictRequestOverdueJob(DutyRepository duties, DutyClocks clocks, DistrictMessages messages, DistrictLookup districts,
                              FarCodeTable farCodes, OutboundQueues queues, Outbox outbox, ContractXml contractXml,
                              PlatformTransactionManager transactionManager, Clock clock, PartnerMessages partnerMessages) {
        this.partnerMessages = partnerMessages;
        this.duties = duties;
        this.clocks = clocks;
        this.messages = messages;
        this.districts = districts;
        this.farCodes = farCodes;
        this.queues = queues;
        this.outbox = outbox;
        this.contractXml = contractXml;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csx.duties.interval:15m}", fixedDelayString = "${csx.duties.interval:15m}")
    public void scheduled() {
        remind(clock.instant());
    }

    /** @return how many overdue clocks were acted on now */
    public int remind(Instant now) {
        Integer done = transaction.execute(tx -> {
            List<Duty> overdue = duties.claimOverdue(KINDS, clocks.dateOf(now), 200);
            for (Duty duty : overdue) {
                messages.request(duty.trackingId()).ifPresent(request -> act(duty, request, now));
                duties.markReminded(duty.id(), now);
            }
            return overdue.size();
        });
        int count = done == null ? 0 : done;
        if (count > 0) {
            log.info("{} district request clock(s) overdue: reminders and district items staged", count);
        }
        return count;
    }

    private void act(Duty duty, DistrictMessages.Request request, Instant now) {
        String function = request.transaction().substring(0, 3);
        String what = duty.kind() == DutyKind.PARTNER_ACKNOWLEDGMENT ? "acknowledgment" : "response";
        String sentence = "Partner " + request.partnerId() + " has not sent its " + what + " to " + request.transaction()
                + " (district case " + request.districtCaseId() + ", request " + request.id() + "), due " + duty.dueDate() + ".";
        Optional<String> reminder = farCodes.isValid(function, "M", null)
                ? Optional.of(reminder(request, function)) : Optional.empty();
        reminder.ifPresent(xml -> outbox.stage(new OutboundMessage(queues.partner(request.partnerId()),
                "district-reminder-" + request.id(), DistrictOutbound.MESSAGE_KIND, request.id(), xml,
                Map.of(MessageHeaders.TRACKING_ID, "reminder-" + request.id(), MessageHeaders.PARTNER_ID, request.partnerId(),
                        MessageHeaders.DISTRICT_ID, request.districtId(), MessageHeaders.MESSAGE_KIND, DistrictOutbound.MESSAGE_KIND,
                        MessageHeaders.CSENET_TRANSACTION, function + " M"))));
        outbox.stage(new OutboundMessage(queues.district(request.districtId()), "district-overdue-" + duty.id(),
                "PARTNER_OVERDUE", request.id(), sentence + (reminder.isPresent() ? " A reminder (" + function
                + " M) was sent." : " CSENet has no reminder for " + function + "; contact the partner."),
                Map.of(MessageHeaders.TRACKING_ID, request.id().toString(), MessageHeaders.DISTRICT_ID, request.districtId(),
                        MessageHeaders.MESSAGE_KIND, "PARTNER_OVERDUE", MessageHeaders.DUTY_KIND, duty.kind().name(),
                        MessageHeaders.DUE_DATE, duty.dueDate().toString())));
    }

    /** The M reminder to the partner, in the district's name (built where every message to a partner is). */
    private String reminder(DistrictMessages.Request request, String function) {
        String name = districts.byId(request.districtId())
                .map(d -> d.name().length() > 60 ? d.name().substring(0, 60) : d.name()).orElse(null);
        return contractXml.toXml(new org.csx.gateway.contract.transmittal.ObjectFactory().createTransmittal(
                partnerMessages.transactionFrom(request.districtLocator(), name, request.districtCaseId(),
                        request.receiverLocator(), request.partnerCaseId(), messages.nextSerial(),
                        FunctionalType.fromValue(function), ActionCode.M, null)));
    }
}
