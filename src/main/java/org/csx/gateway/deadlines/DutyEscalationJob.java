package org.csx.gateway.deadlines;

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
 * Warns registry staff before a duty would be late: an open duty whose escalation day has come goes to
 * {@code registry.overdue} once. The duties are claimed with SELECT ... FOR UPDATE SKIP LOCKED and marked in the
 * same database transaction, so two gateway instances never escalate the same duty; the message's Artemis
 * duplicate id ({@code overdue-<duty id>}) covers a crash between the send and the commit.
 */
public class DutyEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(DutyEscalationJob.class);
    private static final int BATCH = 200;

    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final String overdueQueue;
    private final Clock clock;

    public DutyEscalationJob(DutyRepository duties, DutyClocks clocks, Outbox outbox,
                             PlatformTransactionManager transactionManager, String overdueQueue, Clock clock) {
        this.duties = duties;
        this.clocks = clocks;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
        this.overdueQueue = overdueQueue;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csx.duties.interval:15m}", fixedDelayString = "${csx.duties.interval:15m}")
    public void scheduled() {
        escalate(clock.instant());
    }

    /** @return how many duties were escalated now */
    public int escalate(Instant now) {
        Integer escalated = transaction.execute(tx -> {
            List<Duty> due = duties.claimForEscalation(clocks.dateOf(now), BATCH);
            for (Duty duty : due) {
                outbox.stage(new OutboundMessage(overdueQueue, "overdue-" + duty.id(), "DUTY_OVERDUE", duty.trackingId(),
                        describe(duty), Map.of("csxTrackingId", duty.trackingId().toString(),
                                "csxDutyKind", duty.kind().name(), "csxDueDate", duty.dueDate().toString())));
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
        String citation = duty.kind().deadline().map(DeadlineKind::citation).orElse("");
        return "Duty " + duty.kind() + " for case " + duty.trackingId() + " (" + citation + ") is due "
                + duty.dueDate() + " and is not done. Started by: " + duty.triggerEvent() + " at " + duty.triggeredAt() + ".";
    }
}
