package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jms.core.JmsTemplate;

/**
 * The intake-queue message is a pointer to the ledger row, nothing more: its body is the tracking id and its
 * properties are the intake headers. The transmittal (SSNs, dates of birth) stays sealed in the ledger and never
 * sits in clear in the broker's journal, and nothing of the HTTP request (the partner's Authorization header
 * above all) is carried along.
 */
class IntakeMessagePointerTest extends GatewayTestSupport {

    private static final Set<String> INTAKE_HEADERS = Set.of(MessageHeaders.TRACKING_ID, MessageHeaders.PARTNER_ID,
            MessageHeaders.CHANNEL, MessageHeaders.SERIAL_NUMBER, MessageHeaders.RECEIVED_AT, MessageHeaders.RESENT,
            MessageHeaders.DUPLICATE_ID);

    @Test
    void aSoapTransmittalIsQueuedAsItsTrackingIdAloneAndProcessedFromTheLedger() throws Exception {
        String transmittal = withSerial(example("lo1-request.xml"), nextSerial());
        ReceiptType receipt;
        camelContext.getRouteController().stopRoute("transmittal-processing");
        try {
            receipt = submit(CA, CA_SECRET, transmittal);
            List<TextMessage> queued = onIntake(receipt.getTrackingId());
            assertThat(queued).hasSize(1);
            TextMessage message = queued.get(0);
            assertThat(message.getText()).isEqualTo(receipt.getTrackingId());
            assertThat(propertyNames(message)).containsAll(INTAKE_HEADERS)
                    .allMatch(name -> INTAKE_HEADERS.contains(name) || name.startsWith("JMSX") || name.startsWith("_AMQ"),
                            "only intake headers");
        } finally {
            camelContext.getRouteController().startRoute("transmittal-processing");
        }
        awaitStatus(receipt.getTrackingId(), TransmittalStatus.ACKNOWLEDGED);
        assertThat(receive("district.36001.inbound", receipt.getTrackingId()).getText())
                .contains(serialOf(transmittal));
    }

    private List<TextMessage> onIntake(String trackingId) {
        List<TextMessage> found = new JmsTemplate(connectionFactory).browseSelected("registry.intake",
                MessageHeaders.TRACKING_ID + " = '" + trackingId + "'", (session, browser) -> {
                    List<TextMessage> messages = new ArrayList<>();
                    for (Object m : Collections.list(browser.getEnumeration())) {
                        messages.add((TextMessage) m);
                    }
                    return messages;
                });
        return found == null ? List.of() : found;
    }

    private static Set<String> propertyNames(Message message) throws Exception {
        Set<String> names = new TreeSet<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            names.add((String) name);
        }
        return names;
    }
}
