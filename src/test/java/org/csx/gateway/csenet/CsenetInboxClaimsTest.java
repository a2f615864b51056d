package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The CSENet inbox's cluster-safe read lock on the real PostgreSQL: two gateway instances (two claim repositories
 * over one database) polling one shared inbox take a file once.
 */
class CsenetInboxClaimsTest extends GatewayTestSupport {

    @Test
    void twoInstancesClaimingOneFileAtOnceGetItOnce() throws Exception {
        CsenetInboxClaims first = new CsenetInboxClaims(jdbc, Duration.ofMinutes(30));
        CsenetInboxClaims second = new CsenetInboxClaims(jdbc, Duration.ofMinutes(30));
        for (int round = 0; round < 20; round++) {
            String file = "/shared/inbox/" + UUID.randomUUID() + ".txt";
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (CsenetInboxClaims claimsOfOneInstance : List.of(first, second)) {
                Callable<Boolean> claim = () -> {
                    go.await();
                    return claimsOfOneInstance.add(file);
                };
                claims.add(instances.submit(claim));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            instances.shutdown();
            assertThat(won).as("instances that took " + file).isEqualTo(1);
            assertThat(first.contains(file)).isTrue();
            assertThat(second.contains(file)).isTrue();
        }
    }

    @Test
    void aReleasedFileMayComeAgainAndAStaleClaimIsTakenOver() {
        CsenetInboxClaims survivor = new CsenetInboxClaims(jdbc, Duration.ofMinutes(30));
        String file = "/shared/inbox/" + UUID.randomUUID() + ".txt";

        assertThat(survivor.add(file)).isTrue();
        assertThat(survivor.add(file)).as("held: taken once").isFalse();
        assertThat(survivor.remove(file)).isTrue();
        assertThat(survivor.contains(file)).isFalse();
        assertThat(survivor.add(file)).as("the same name again, after the first moved to done/").isTrue();

        // the instance holding it died mid-file an hour ago: its claim is stale, another instance takes the file over
        jdbc.update("UPDATE csenet_inbox_claim SET claimed_by = 'dead-host/1', claimed_at = now() - interval '1 hour' "
                + "WHERE file_key = ?", file);
        assertThat(survivor.contains(file)).isFalse();
        assertThat(survivor.add(file)).isTrue();
        assertThat(jdbc.queryForObject("SELECT claimed_by FROM csenet_inbox_claim WHERE file_key = ?", String.class, file))
                .endsWith("/" + ProcessHandle.current().pid());
    }
}
