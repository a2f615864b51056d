package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SOAP channel's queuer against the real broker, ledger and processing: what several requests stored goes on the
 * intake queue as one batch pointer, is processed in one database transaction, and what is still waiting when the
 * queuer stops is sent, not left behind. (The gateway's own queuer runs in every SOAP test; these drive one of
 * their own with a long linger, so that what they hand over is certainly together.)
 */
class IntakeQueuerEndToEndTest extends GatewayTestSupport {

    @Autowired
    TransmittalIntake intake;
    @Autowired
    PartnerDirectory partners;
    @Autowired
    EmbeddedActiveMQ broker;

    @Test
    void transmittalsHandedOverTogetherAreQueuedAsOneBatchAndProcessedInOneDatabaseTransaction() throws Exception {
        IntakeQueuer queuer = queuer(5, Duration.ofSeconds(30));
        queuer.start();
        try {
            long added = intakeMessagesAdded();
            List<IntakeResult> stored = store(5);
            for (IntakeResult result : stored) {
                queuer.queue(result);
            }

            List<String> ids = stored.stream().map(r -> r.receipt().trackingId().toString()).toList();
            for (String id : ids) {
                assertForwardedOnce(id);
            }
            // a full batch goes at once, without waiting out the 30 s linger
            assertThat(intakeMessagesAdded() - added).as("intake messages for the five").isEqualTo(1);
            assertThat(validationTransactions(ids)).as("one database transaction for the batch").hasSize(1);
        } finally {
            queuer.stop();
        }
    }

    @Test
    void whatIsStillWaitingWhenTheQueuerStopsIsQueuedNotLeftToTheRecoveryJob() throws Exception {
        IntakeQueuer queuer = queuer(25, Duration.ofMinutes(10));
        queuer.start();
        List<IntakeResult> stored = store(3);
        for (IntakeResult result : stored) {
            queuer.queue(result);
        }

        queuer.stop(); // well within the ten-minute linger

        for (IntakeResult result : stored) {
            assertForwardedOnce(result.receipt().trackingId().toString());
        }
    }

    @Test
    void aTransmittalHandedToAStoppedQueuerStaysReceivedForTheRecoveryJob() throws Exception {
        IntakeQueuer queuer = queuer(25, Duration.ZERO);
        IntakeResult stored = store(1).get(0);

        queuer.queue(stored); // never started: as during shutdown

        UUID id = stored.receipt().trackingId();
        assertThat(ledger.find(id).map(TransmittalView::status)).contains(TransmittalStatus.RECEIVED);
        assertThat(onIntake(id.toString())).as("nothing queued").isEmpty();
    }

    private IntakeQueuer queuer(int batchSize, Duration linger) {
        return new IntakeQueuer(new IntakeQueue(connectionFactory, "registry.intake", batchSize), linger);
    }

    private List<IntakeResult> store(int count) {
        Partner california = partners.find(CA).orElseThrow();
        List<IntakeResult> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(intake.receive(california, withSerial(example("lo1-request.xml"), nextSerial()), "SOAP"));
        }
        return stored;
    }

    private long intakeMessagesAdded() {
        return broker.getActiveMQServer().locateQueue("registry.intake").getMessagesAdded();
    }
}
