package org.csx.gateway.documents;

import org.csx.gateway.contract.MessageHeaders;

import java.util.Map;
import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.outbox.OutboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.ObjectFactory;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.validation.FarCodeTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a sender whose documents are overdue: once the wait (csx.duties.reminder-after-working-days) has passed
 * on a case still incomplete, one CSENet "attachments overdue" reminder (function + M + GRPOU, e.g. ENF M GRPOU)
 * goes to partner.&lt;id&gt;.outbound, naming what is missing. The completeness is reviewed again first, so a case
 * completed meanwhile gets none. Duties are claimed with SELECT ... FOR UPDATE SKIP LOCKED and marked reminded in
 * the same database transaction: two gateway instances send one reminder; the duplicate id
 * {@code reminder-<duty id>} covers a crash between the send and the commit.
 */
class DocumentsReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DocumentsReminderJob.class);
    private static final int BATCH = 200;
    static final String REMINDER_REASON = "GRPOU";

    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final CaseReviewer reviewer;
    private final TransmittalLedger ledger;
    private final FarCodeTable farCodes;
    private final ContractXml contractXml;
    private final PartnerMessages messages;
    private final Outbox outbox;
    private final OutboundQueues queues;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectFactory objects = new ObjectFactory();

    public DocumentsReminderJob(DutyRepository duties, DutyClocks clocks, CaseReviewer reviewer, TransmittalLedger ledger,
                                FarCodeTable farCodes, ContractXml contractXml, PartnerMessages messages,
                                Outbox outbox, OutboundQueues queues, PlatformTransactionManager transactionManager,
                                Clock clock) {
        this.duties = duties;
        this.clocks = clocks;
        this.reviewer = reviewer;
        this.ledger = ledger;
        this.farCodes = farCodes;
        this.contractXml = contractXml;
        this.messages = messages;
        this.outbox = outbox;
        this.queues = queues;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csx.duties.interval:15m}", fixedDelayString = "${csx.duties.interval:15m}")
    public void scheduled() {
        remind(clock.instant());
    }

    /** @return how many reminders were sent now */
    public int remind(Instant now) {
        Integer sent = transaction.execute(tx -> {
            int count = 0;
            for (Duty duty : duties.claimForReminder(clocks.dateOf(now), BATCH)) {
                Optional<CaseReviewer.DocumentsArrival> review = reviewer.reviewAfterDocuments(duty.trackingId());
                if (review.isEmpty() || review.get().review().isComplete()) {
                    duties.complete(duty.id(), "documents complete");
                    continue;
                }
                Optional<TransmittalView> view = ledger.find(duty.trackingId());
                String function = view.map(TransmittalView::functionalType).orElse(null);
                if (view.isEmpty() || !farCodes.isValid(function, "M", REMINDER_REASON)) {
                    log.warn("No attachments-overdue reminder exists for function {} (case {})", function, duty.trackingId());
                    duties.markReminded(duty.id(), now);
                    continue;
                }
                String body = reminder(view.get(), review.get().review().completeness());
                Optional<String> queue = knownPartnerQueue(view.get().partnerId());
                if (queue.isEmpty()) {
                    log.warn("Partner {} of case {} is no longer configured: no reminder", view.get().partnerId(), duty.trackingId());
                    duties.markReminded(duty.id(), now);
                    continue;
                }
                outbox.stage(new OutboundMessage(queue.get(), "reminder-" + duty.id(), "DOCUMENTS_REMINDER",
                        duty.trackingId(), body, Map.of(MessageHeaders.TRACKING_ID, duty.trackingId().toString(),
                                MessageHeaders.PARTNER_ID, view.get().partnerId(),
                                MessageHeaders.MESSAGE_KIND, "DOCUMENTS_REMINDER",
                                MessageHeaders.CSENET_TRANSACTION, function + " M " + REMINDER_REASON)));
                duties.markReminded(duty.id(), now);
                count++;
            }
            return count;
        });
        int count = sent == null ? 0 : sent;
        if (count > 0) {
            log.info("Sent {} attachments-overdue reminder(s)", count);
        }
        return count;
    }

    private Optional<String> knownPartnerQueue(String partnerId) {
        try {
            return Optional.of(queues.partner(partnerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String reminder(TransmittalView view, Completeness completeness) {
        TransactionReferenceType original = new TransactionReferenceType();
        original.setSenderLocatorCode(view.senderLocatorCode());
        original.setSenderCountryCode(view.senderCountryCode());
        original.setTransactionSerialNumber(view.transactionSerialNumber());
        original.setFunctionalType(view.functionalType());
        original.setActionCode(view.actionCode());
        original.setActionReason(view.actionReason());
        original.setSenderCaseId(view.senderCaseId());
        return contractXml.toXml(objects.createDocumentsReminder(messages.documentsReminder(view.trackingId().toString(),
                original, PartnerMessages.code(view.functionalType(), "M", REMINDER_REASON),
                DocumentNotices.missing(completeness))));
    }
}
