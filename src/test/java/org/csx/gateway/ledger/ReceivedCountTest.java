package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/** The CSENet intake's back-pressure count: transmittals still RECEIVED, counted up to a bound. */
class ReceivedCountTest extends GatewayTestSupport {

    @Test
    void countsTransmittalsStoredButNotProcessedUpToTheBound() {
        for (int i = 0; i < 3; i++) {
            String serial = nextSerial();
            // stored, never queued: they stay RECEIVED (until the recovery job, minutes later)
            ledger.recordReceipt(new ReceivedTransmittal(CA, "SOAP", SenderKind.STATE_IV_D_AGENCY, "0603700", null,
                    serial, "LO1", "R", null, "CA-LA-0000123", withSerial(example("lo1-request.xml"), serial),
                    "sha256-" + UUID.randomUUID()));
        }
        assertThat(ledger.receivedCount(1_000_000)).isGreaterThanOrEqualTo(3);
        assertThat(ledger.receivedCount(2)).isEqualTo(2);
    }
}
