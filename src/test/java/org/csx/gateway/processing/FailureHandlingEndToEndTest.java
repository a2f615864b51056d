package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.TextMessage;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.IntakeRecoveryJob;
import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.ledger.ReceivedTransmittal;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/** Nothing lost, nothing twice: poison messages, duplicate forwards and stranded transmittals. */
class FailureHandlingEndToEndTest extends GatewayTestSupport {

    @Autowired
    IntakeRecoveryJob recoveryJob;

    @Test
    void aMessageThatKeepsFailingEndsOnTheDeadLetterQueueWithItsCauseAndTheLedgerSaysSo() throws Exception {
        ReceiptRecord stored = storeWithoutQueueing(example("lo1-request.xml"));
        String id = stored.trackingId().toString();

        // Intake only ever queues the transmittal it stored: a body like this one is corrupt, not the sender's error.
        intakeQueue().send("registry.intake", session -> {
            var message = session.createTextMessage("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>");
            message.setStringProperty(IntakeMessages.TRACKING_ID, id);
            message.setStringProperty(IntakeMessages.PARTNER_ID, CA);
            message.setStringProperty(IntakeMessages.CHANNEL, "SOAP");
            return message;
        });

        TextMessage dead = receive("registry.dead-letter", id);
        assertThat(dead.getStringProperty("csxFailureCause")).contains("CorruptIntakeMessageException", "not the transmittal stored");
        assertThat(dead.getStringProperty("csxFailedRoute")).isEqualTo("transmittal-processing");
        assertThat(dead.getIntProperty("JMSXDeliveryCount")).isGreaterThanOrEqualTo(1);
        assertThat(dead.getText()).isEqualTo("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>");

        TransmittalView view = awaitStatus(id, TransmittalStatus.DEAD_LETTERED);
        assertThat(view.statusReason()).contains("not the transmittal stored");
    }

    @Test
    void processingTheSameTransmittalAgainCannotPutASecondReferralOnTheDistrictQueue() throws Exception {
        String transmittal = example("lo1-request.xml");
        ReceiptType receipt = submit(CA, CA_SECRET, transmittal);
        String id = receipt.getTrackingId();
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);

        // The same transmittal reaches processing a second time (as after a crash between the database
        // commit and the broker commit, or a replay): its referral carries the same duplicate id.
        NotifyBuilder secondAttempt = new NotifyBuilder(camelContext).fromRoute("transmittal-processing")
                .filter(exchange -> id.equals(exchange.getMessage().getHeader(IntakeMessages.TRACKING_ID)))
                .whenDone(1).create();
        intakeQueue().send("registry.intake", session -> {
            var message = session.createTextMessage(transmittal);
            message.setStringProperty(IntakeMessages.TRACKING_ID, id);
            message.setStringProperty(IntakeMessages.PARTNER_ID, CA);
            message.setStringProperty(IntakeMessages.CHANNEL, "SOAP");
            message.setStringProperty(IntakeMessages.SERIAL_NUMBER, serialOf(transmittal));
            return message;
        });
        assertThat(secondAttempt.matches(30, TimeUnit.SECONDS)).isTrue();

        receive("district.36001.inbound", id);
        assertThat(isOnQueue("district.36001.inbound", id)).as("a second referral").isFalse();
        receive("partner.ca-dcss.outbound", id);
        assertThat(isOnQueue("partner.ca-dcss.outbound", id)).as("a second acknowledgment").isFalse();
        TransmittalView view = ledger.find(UUID.fromString(id)).orElseThrow();
        assertThat(view.status()).isEqualTo(TransmittalStatus.ACKNOWLEDGED);
        assertThat(view.history()).filteredOn(e -> e.status() == TransmittalStatus.FORWARDED).hasSize(1);
    }

    @Test
    void aTransmittalStoredButNeverQueuedIsQueuedByTheRecoveryJobAndForwarded() throws Exception {
        ReceiptRecord stored = storeWithoutQueueing(example("lo1-request.xml"));
        String id = stored.trackingId().toString();
        assertThat(ledger.find(stored.trackingId()).orElseThrow().status()).isEqualTo(TransmittalStatus.RECEIVED);

        int requeued = recoveryJob.requeueReceivedBefore(OffsetDateTime.now().plusSeconds(1));

        assertThat(requeued).isGreaterThanOrEqualTo(1);
        receive("district.36001.inbound", id);
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
    }

    /** As if the process died after intake's database commit and before its queue send. */
    private ReceiptRecord storeWithoutQueueing(String transmittal) {
        return ledger.recordReceipt(new ReceivedTransmittal(CA, "SOAP", SenderKind.STATE_IV_D_AGENCY, "0603700", null,
                serialOf(transmittal), "LO1", "R", null, "CA-LA-0000123", transmittal,
                org.csx.gateway.intake.TransmittalIntake.sha256(transmittal)));
    }

    private JmsTemplate intakeQueue() {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        return jms;
    }
}
