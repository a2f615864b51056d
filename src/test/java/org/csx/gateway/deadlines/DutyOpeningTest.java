package org.csx.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Several duties opened in one call (one JDBC batch): each once, with its own clock, as one by one. */
class DutyOpeningTest extends GatewayTestSupport {

    @Autowired
    DutyRepository duties;
    @Autowired
    DutyClocks clocks;

    @Test
    void opensEachDutyOnceWithItsOwnClock() {
        UUID trackingId = storeWithoutQueueing(example("lo1-request.xml")).trackingId();
        Instant received = Instant.parse("2026-11-27T15:00:00Z");
        Instant acknowledged = Instant.parse("2026-12-01T09:30:00Z");

        duties.open(List.of(
                new DutyRepository.Opening(trackingId, DutyKind.CENTRAL_REGISTRY_REVIEW, "received", received, "forwarded"),
                new DutyRepository.Opening(trackingId, DutyKind.DOCUMENTS_OUTSTANDING, "acknowledged (AADIN)", acknowledged,
                        null)));
        // a repeat (a redelivered transmittal) opens nothing new and changes nothing
        duties.open(List.of(
                new DutyRepository.Opening(trackingId, DutyKind.CENTRAL_REGISTRY_REVIEW, "again", acknowledged, null),
                new DutyRepository.Opening(trackingId, DutyKind.DOCUMENTS_OUTSTANDING, "again", received, "done")));

        List<Duty> opened = duties.forCase(trackingId);
        assertThat(opened).extracting(Duty::kind)
                .containsExactly(DutyKind.CENTRAL_REGISTRY_REVIEW, DutyKind.DOCUMENTS_OUTSTANDING);
        Duty review = opened.get(0);
        assertThat(review.triggerEvent()).isEqualTo("received");
        assertThat(review.dueDate()).isEqualTo(clocks.schedule(DutyKind.CENTRAL_REGISTRY_REVIEW, received).dueDate());
        assertThat(review.completion()).isEqualTo("forwarded");
        assertThat(review.isOpen()).isFalse();
        Duty documents = opened.get(1);
        assertThat(documents.triggerEvent()).isEqualTo("acknowledged (AADIN)");
        assertThat(documents.dueDate()).isEqualTo(clocks.schedule(DutyKind.DOCUMENTS_OUTSTANDING, acknowledged).dueDate());
        assertThat(documents.remindOn()).isEqualTo(clocks.schedule(DutyKind.DOCUMENTS_OUTSTANDING, acknowledged).remindOn());
        assertThat(documents.isOpen()).isTrue();

        duties.open(List.of()); // nothing to open: no statement, no error
        assertThat(duties.forCase(trackingId)).hasSize(2);
    }
}
