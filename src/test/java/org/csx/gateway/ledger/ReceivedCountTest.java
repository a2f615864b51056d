package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/** The CSENet intake's back-pressure count: transmittals still RECEIVED, counted up to a bound. */
class ReceivedCountTest extends GatewayTestSupport {

    @Test
    void countsTransmittalsStoredButNotProcessedUpToTheBound() {
        for (int i = 0; i < 3; i++) {
            String serial = nextSerial();
            // stored, never queued: they stay RECEIVED (until the recovery job, minutes later)
            storeWithoutQueueing(withSerial(example("lo1-request.xml"), serial), serial);
        }
        assertThat(ledger.receivedCount(1_000_000)).isGreaterThanOrEqualTo(3);
        assertThat(ledger.receivedCount(2)).isEqualTo(2);
    }
}
