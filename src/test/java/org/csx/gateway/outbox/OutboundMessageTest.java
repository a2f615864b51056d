package org.csx.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundMessageTest {

    @ParameterizedTest
    @ValueSource(strings = {"partner.ca-dcss.outbound", "district.36001.inbound", "district.nyc.inbound",
            "court.36047.registrations", "registry.exceptions"})
    void queueNamesFromTheDirectoriesAreAccepted(String queue) {
        assertThatCode(() -> new OutboundMessage(queue, "k", "KIND", null, "<x/>", Map.of())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.x?consumerType=Exclusive", "jms:queue:a", "partner.ca dcss.outbound", "a..b",
            "Partner.CA.outbound", "", "topic://x", "partner.x.outbound;y"})
    void anythingElseIsRefused(String queue) {
        assertThatThrownBy(() -> new OutboundMessage(queue, "k", "KIND", null, "<x/>", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aMessageNeedsAKey(String key) {
        assertThatThrownBy(() -> new OutboundMessage("registry.exceptions", key, "KIND", null, "<x/>", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
