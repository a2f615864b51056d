package org.csx.gateway.intake;

import jakarta.jms.ConnectionFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing receipted may be lost: a transmittal is stored before its receipt, and put on the intake
 * queue just after. If the process dies in between, or the broker refused the message, the ledger
 * still says RECEIVED; this job puts such transmittals on the queue again. The same duplicate id as
 * intake's means Artemis drops the copy when the first one is still there, and processing only moves
 * a transmittal forward, so running it on several instances at once is safe.
 */
@Component
public class IntakeRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecoveryJob.class);
    private static final int BATCH = 500;

    private final TransmittalLedger ledger;
    private final JmsTemplate jms;
    private final CsxProperties properties;

    public IntakeRecoveryJob(TransmittalLedger ledger, ConnectionFactory connectionFactory, CsxProperties properties) {
        this.ledger = ledger;
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${csx.recovery.interval:30s}", fixedDelayString = "${csx.recovery.interval:30s}")
    public void requeueStranded() {
        requeueReceivedBefore(OffsetDateTime.now().minus(properties.getRecovery().getRequeueAfter()));
    }

    /** @return how many transmittals were put on the intake queue again */
    public int requeueReceivedBefore(OffsetDateTime cutoff) {
        List<UUID> stranded = ledger.receivedBefore(cutoff, BATCH);
        int requeued = 0;
        for (UUID trackingId : stranded) {
            TransmittalView view = ledger.find(trackingId).orElse(null);
            String raw = ledger.rawMessage(trackingId).orElse(null);
            if (view == null || raw == null) {
                continue;
            }
            jms.send(properties.getQueues().getIntake(), session -> {
                var message = session.createTextMessage(raw);
                message.setStringProperty(IntakeMessages.TRACKING_ID, trackingId.toString());
                message.setStringProperty(IntakeMessages.PARTNER_ID, view.partnerId());
                message.setStringProperty(IntakeMessages.CHANNEL, view.channel());
                message.setStringProperty(IntakeMessages.SERIAL_NUMBER, view.transactionSerialNumber());
                message.setStringProperty(IntakeMessages.RECEIVED_AT, view.receivedAt().toString());
                message.setStringProperty(IntakeMessages.DUPLICATE_ID, IntakeMessages.intakeDuplicateId(trackingId.toString()));
                return message;
            });
            requeued++;
        }
        if (requeued > 0) {
            log.warn("Put {} transmittal(s) still RECEIVED back on the intake queue", requeued);
        }
        return requeued;
    }
}
