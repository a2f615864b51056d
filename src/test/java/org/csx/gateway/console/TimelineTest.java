package org.csx.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.deadlines.Duty;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.delivery.SentMessages;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID ID = UUID.randomUUID();

    @Test
    void everyChannelIsMergedInTimeOrderAndWhatDidNotHappenIsLeftOut() {
        List<Timeline.Entry> entries = new Timeline()
                .ledger(List.of(new TransmittalView.Event(TransmittalStatus.RECEIVED, T0, "received"),
                        new TransmittalView.Event(TransmittalStatus.ROUTING_EXCEPTION, T0.plusSeconds(1), "no county"),
                        new TransmittalView.Event(TransmittalStatus.FORWARDED, T0.plusHours(2), "routed by hand")))
                .duties(List.of(new Duty(1, ID, DutyKind.CENTRAL_REGISTRY_REVIEW, "case received", T0,
                        LocalDate.of(2026, 12, 15), null, null, null, null, T0.plusHours(2).plusSeconds(1), "forwarded")))
                .messages(List.of(new SentMessages.SentMessage("REFERRAL", "district.36029.inbound", "DELIVERED",
                        T0.plusHours(2), T0.plusHours(2).plusSeconds(2), null)))
                .staffActions(List.of(new StaffActions.StaffAction(1, T0.plusHours(2), "specialist", "ROUTE_EXCEPTION",
                        "transmittal", ID.toString(), "routed to district 36029")))
                .registration(null)
                .entries();

        assertThat(entries).extracting(e -> e.channel() + ": " + e.what()).containsExactly(
                "Ledger: RECEIVED",
                "Clock: Started CENTRAL_REGISTRY_REVIEW",
                "Ledger: ROUTING_EXCEPTION",
                "Ledger: FORWARDED",
                "Message: REFERRAL to district.36029.inbound",
                "Staff: ROUTE_EXCEPTION by specialist",
                "Clock: Stopped CENTRAL_REGISTRY_REVIEW");
        assertThat(entries.get(1).detail()).contains("due 2026-12-15");
    }
}
