package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.csx.gateway.intake.IntakeRecoveryJob;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recovery job of two gateway instances (two concurrent runs against one database and broker, as the scale-out
 * script runs them: docs/scaling.md) puts each stranded transmittal back on the intake queue once.
 */
class RecoveryOnceAcrossInstancesTest extends GatewayTestSupport {

    @Autowired
    IntakeRecoveryJob recoveryJob;

    @Test
    void twoInstancesRecoveringAtOnceQueueEachStrandedTransmittalOnce() throws Exception {
        camelContext.getRouteController().stopRoute("transmittal-processing");
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                String transmittal = withSerial(example("lo1-request.xml"), nextSerial());
                ids.add(storeWithoutQueueing(transmittal).trackingId().toString());
            }
            Map<String, Integer> countsBefore = queueCounts(ids);
            // stored before the cutoff; a claim stamps queued_at after it, so a committed claim is no longer stranded
            OffsetDateTime cutoff = OffsetDateTime.now();

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                Callable<Integer> run = () -> {
                    go.await();
                    return recoveryJob.requeueReceivedBefore(cutoff);
                };
                runs.add(instances.submit(run));
            }
            go.countDown();
            int requeued = 0;
            for (Future<Integer> run : runs) {
                requeued += run.get();
            }
            instances.shutdown();

            Map<String, Integer> countsAfter = queueCounts(ids);
            assertThat(ids).allSatisfy(id -> assertThat(countsAfter.get(id) - countsBefore.get(id))
                    .as("queueings of " + id + " by both instances together").isEqualTo(1));
            assertThat(requeued).isGreaterThanOrEqualTo(ids.size());
        } finally {
            camelContext.getRouteController().startRoute("transmittal-processing");
        }
        for (String id : ids) {
            awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
            receive("district.36001.inbound", id);
        }
    }

    private Map<String, Integer> queueCounts(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> jdbc.queryForObject(
                "SELECT queue_count FROM transmittal WHERE tracking_id = ?::uuid", Integer.class, id)));
    }
}
