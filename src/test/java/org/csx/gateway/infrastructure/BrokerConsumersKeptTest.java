package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gateway's queue consumers stay open while messages flow. Camel's JMS starter used to copy its own defaults
 * over the JMS component (a transaction manager created on demand, CACHE_AUTO): the listener containers then
 * opened and closed a broker consumer for every message, and every second on an idle queue. Each close handed the
 * consumer's prefetched messages back to the queue, and creating and closing consumers was the largest item of the
 * broker's CPU (JFR, docs/performance.md).
 */
class BrokerConsumersKeptTest extends GatewayTestSupport {

    @Autowired
    EmbeddedActiveMQ broker;

    @Test
    void theIntakeAndDistrictConsumersAreTheSameBrokerConsumersBeforeAndAfterTransmittalsFlow() {
        Set<Long> intakeBefore = consumerIds("registry.intake");
        Set<Long> districtBefore = consumerIds("district.36029.outbound");
        assertThat(intakeBefore).hasSize(2); // csx.queues.intake-consumers in application-test.yml
        assertThat(districtBefore).hasSize(1);

        for (int i = 0; i < 3; i++) {
            String id = submit(TX, TX_SECRET, withSerial(example("est-request.xml"), nextSerial())).getTrackingId();
            receive("district.36029.inbound", id);
            awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        }

        assertThat(consumerIds("registry.intake")).isEqualTo(intakeBefore);
        assertThat(consumerIds("district.36029.outbound")).isEqualTo(districtBefore);
    }

    private Set<Long> consumerIds(String queue) {
        return broker.getActiveMQServer().locateQueue(queue).getConsumers().stream()
                .map(consumer -> ((ServerConsumer) consumer).sequentialID())
                .collect(Collectors.toSet());
    }
}
