package org.csx.gateway.deadlines;

import org.csx.gateway.contract.MessageHeaders;

import java.util.Map;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.outbox.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one job mechanism over the duty table. Escalation warns registry staff before a duty of theirs would be late:
 * an open duty whose escalation day has come goes to {@code registry.overdue} once. Expiry hands a period that has
 * passed (a registration's contest period) to the feature that owns it ({@link DutyExpiry}) and completes it.
 * The duties are claimed with SELECT ... FOR UPDATE SKIP LOCKED and changed in the same database transaction as
 * the messages (staged in the outbox), so two gateway instances never act on the same duty.
 * (The documents reminder, which builds a partner message, runs on the same claims: documents.DocumentsReminderJob.)
 */
public class DutyJobs {

    private static final Logger log = LoggerFactory.getLogger(DutyJobs.class);
    private static final int BATCH = 200;

    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final String overdueQueue;
    private final List<DutyExpiry> expiries;
    private final Clock clock;

    public DutyJobs(DutyRepository duties, DutyClocks clocks, Outbox outbox,
                    PlatformTransactionManager transactionManager, String overdueQueue, List<DutyExpiry> expiries,
                    Clock clock) {
        this.duties = duties;
        this.clocks = clocks;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
        this.overdueQueue = overdueQueue;
        this.expiries = List.copyOf(expiries);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csx.duties.interval:15m}", fixedDelayString = "${csx.duties.interval:15m}")
    public void scheduled() {
        Instant now = clock.instant();
        escalate(now);
        expire(clocks.dateOf(now));
    }

    /**
     * Periods that ended before {@code today}: each owner acts once, in the transaction that claims and completes
     * the duty. @return the tracking ids acted on now
     */
    public List<java.util.UUID> expire(java.time.LocalDate today) {
        List<java.util.UUID> acted = new java.util.ArrayList<>();
        for (DutyExpiry expiry : expiries) {
            transaction.executeWithoutResult(tx -> {
                for (Duty duty : duties.claimExpired(expiry.kinds(), today, BATCH)) {
                    duties.complete(duty.id(), expiry.expired(duty, today));
                    acted.add(duty.trackingId());
                }
            });
        }
        if (!acted.isEmpty()) {
            log.info("{} period(s) ended before {} were acted on", acted.size(), today);
        }
        return acted;
    }

    /** @return how many duties were escalated now */
    public int escalate(Instant now) {
        Integer escalated = transaction.execute(tx -> {
            List<Duty> due = duties.claimForEscalation(clocks.dateOf(now), BATCH);
            for (Duty duty : due) {
                outbox.stage(new OutboundMessage(overdueQueue, "overdue-" + duty.id(), "DUTY_OVERDUE", duty.trackingId(),
                        describe(duty), Map.of(MessageHeaders.TRACKING_ID, duty.trackingId().toString(),
                                MessageHeaders.DUTY_KIND, duty.kind().name(), MessageHeaders.DUE_DATE, duty.dueDate().toString())));
                duties.markEscalated(duty.id(), now);
            }
            return due.size();
        });
        int count = escalated == null ? 0 : escalated;
        if (count > 0) {
            log.warn("Escalated {} duty(ies) close to their due date to {}", count, overdueQueue);
        }
        return count;
    }

    static String describe(Duty duty) {
        String citation = duty.kind().citation();
        return "Duty " + duty.kind() + " for case " + duty.trackingId() + " (" + citation + ") is due "
                + duty.dueDate() + " and is not done. Started by: " + duty.triggerEvent() + " at " + duty.triggeredAt() + ".";
    }
}
