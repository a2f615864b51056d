package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.csx.gateway.deadletter.DeadLetters;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.personaldata.PersonalDataCipher;
import java.net.http.HttpResponse;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake-queue message is a pointer to the ledger row, nothing more, whoever puts it there: the SOAP route, the
 * recovery job and a dead letter's replay (the CSENet file channel: csenet.CsenetFileChannelEndToEndTest). Its body
 * is the tracking id and its properties are the intake headers. The transmittal (SSNs, dates of birth) stays sealed
 * in the ledger and never sits in clear in the broker's journal, and nothing of the HTTP request (the partner's
 * Authorization header above all) is carried along. Processing is stopped while the queue is read, then started:
 * the pointer alone is enough to forward the transmittal.
 */
class IntakeMessagePointerTest extends GatewayTestSupport {

    @Autowired
    IntakeRecoveryJob recoveryJob;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    PersonalDataCipher cipher;

    @Test
    void aSoapTransmittalIsQueuedAsItsTrackingIdAloneAndProcessedFromTheLedger() throws Exception {
        String transmittal = withSerial(example("lo1-request.xml"), nextSerial());
        String id = withProcessingStopped(() -> {
            String received = submit(CA, CA_SECRET, transmittal).getTrackingId();
            assertOnePointerOnIntake(received);
            return received;
        });
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(receive("district.36001.inbound", id).getText()).contains(serialOf(transmittal));
    }

    @Test
    void aPartnersHttpHeadersNamedLikeTheGatewaysOwnNeverReachTheIntakeMessage() throws Exception {
        String transmittal = withSerial(example("lo1-request.xml"), nextSerial());
        String id = withProcessingStopped(() -> {
            HttpResponse<String> answer = postRaw(CA, CA_SECRET, soapEnvelope(transmittal),
                    MessageHeaders.INTAKE_BATCH, "7", MessageHeaders.PARTNER_ID, TX, MessageHeaders.FAILURE_CAUSE, "forged",
                    MessageHeaders.DUPLICATE_ID, "intake-forged", "JMSCorrelationID", "forged");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            String received = jdbc.queryForObject("SELECT tracking_id::text FROM transmittal WHERE partner_id = ?"
                    + " AND transaction_serial_number = ?", String.class, CA, serialOf(transmittal));
            assertOnePointerOnIntake(received);
            assertThat(onIntake(received).get(0).getStringProperty(MessageHeaders.PARTNER_ID)).isEqualTo(CA);
            assertThat(onIntake(received).get(0).getJMSCorrelationID()).isNull();
            assertThat(onIntake(received).get(0).getStringProperty(MessageHeaders.DUPLICATE_ID))
                    .isEqualTo(IntakeMessages.intakeDuplicateId(received));
            return received;
        });
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
    }

    @Test
    void theRecoveryJobQueuesAStrandedTransmittalAsItsTrackingIdAlone() throws Exception {
        String transmittal = withSerial(example("lo1-request.xml"), nextSerial());
        String id = withProcessingStopped(() -> {
            String stranded = storeWithoutQueueing(transmittal).trackingId().toString();
            assertThat(recoveryJob.requeueReceivedBefore(OffsetDateTime.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
            assertOnePointerOnIntake(stranded);
            return stranded;
        });
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(receive("district.36001.inbound", id).getText()).contains(serialOf(transmittal));
    }

    @Test
    void aReplayedDeadLetterIsQueuedAsItsTrackingIdAlone() throws Exception {
        String serial = nextSerial();
        // processing fails on every delivery: the ledger holds a message that is not XML
        String id = storeWithoutQueueing("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>", serial)
                .trackingId().toString();
        recoveryJob.requeueReceivedBefore(OffsetDateTime.now().plusSeconds(1));
        awaitStatus(id, TransmittalStatus.DEAD_LETTERED);
        long letter = await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT id FROM dead_letter WHERE tracking_id = ?::uuid", Long.class, id),
                ids -> ids.size() == 1).get(0);
        jdbc.update("UPDATE transmittal_message SET raw_message = ? WHERE tracking_id = ?::uuid",
                cipher.seal(withSerial(readExample("lo1-request.xml"), serial), "transmittal_message/" + id), id);

        withProcessingStopped(() -> {
            deadLetters.replay(letter, SPECIALIST);
            // the replay is staged in the outbox; the relay puts it on the queue after the commit
            await().atMost(Duration.ofSeconds(20)).until(() -> !onIntake(id).isEmpty());
            assertOnePointerOnIntake(id);
            return null;
        });
        awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(receive("district.36001.inbound", id).getText()).contains(serial);
    }
}
