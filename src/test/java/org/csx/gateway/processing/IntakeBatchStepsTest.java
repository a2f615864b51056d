package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.intake.IntakeMessages;
import org.junit.jupiter.api.Test;

class IntakeBatchStepsTest {

    private final IntakeBatchSteps steps = new IntakeBatchSteps();

    @Test
    void aBatchPointerListsItsTrackingIdsInOrderAndIsReadBackTheSame() {
        List<String> ids = IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID().toString()).toList();

        String body = IntakeMessages.batchPointer(ids);

        assertThat(steps.trackingIds(body)).isEqualTo(ids);
        assertThat(IntakeMessages.batchHeaders(ids)).containsOnlyKeys(MessageHeaders.INTAKE_BATCH, MessageHeaders.DUPLICATE_ID)
                .containsEntry(MessageHeaders.INTAKE_BATCH, 500);
        assertThat((String) IntakeMessages.batchHeaders(ids).get(MessageHeaders.DUPLICATE_ID))
                .isNotEqualTo(IntakeMessages.batchHeaders(ids.subList(0, 499)).get(MessageHeaders.DUPLICATE_ID))
                .doesNotContain(ids.get(1));
    }

    @Test
    void aBatchNamingNoTransmittalIsRefused() {
        assertThatThrownBy(() -> steps.trackingIds(" \n ")).isInstanceOf(CorruptIntakeMessageException.class);
        assertThatThrownBy(() -> steps.trackingIds(null)).isInstanceOf(CorruptIntakeMessageException.class);
    }

    @Test
    void eachTransmittalOfABatchBecomesASinglePointerWithoutTheBatchsHeaders() {
        String id = UUID.randomUUID().toString();
        Exchange exchange = splitExchange(id);

        steps.pointAt(exchange);

        assertThat(exchange.getMessage().getBody()).isEqualTo(IntakeMessages.pointer(id));
        assertThat(exchange.getMessage().getHeaders()).containsOnlyKeys(MessageHeaders.TRACKING_ID)
                .containsEntry(MessageHeaders.TRACKING_ID, id);
    }

    @Test
    void aTransmittalQueuedAgainAloneGetsItsOwnDuplicateId() {
        String id = UUID.randomUUID().toString();
        Exchange exchange = splitExchange(id);

        steps.alone(exchange);

        assertThat(exchange.getMessage().getHeaders())
                .containsOnlyKeys(MessageHeaders.TRACKING_ID, MessageHeaders.DUPLICATE_ID)
                .containsEntry(MessageHeaders.DUPLICATE_ID, IntakeMessages.intakeDuplicateId(id));
    }

    /** What the split hands each step: the batch message's headers, one tracking id as the body. */
    private static Exchange splitExchange(String trackingId) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeaders(new HashMap<>(IntakeMessages.batchHeaders(List.of(trackingId, "other"))));
        exchange.getMessage().setBody(trackingId);
        return exchange;
    }
}
