package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcomes a batch of transmittals stages are written as one statement (the ledger's combined ADVANCE), each as if
 * written alone: its status, district, reason and events in order; a transmittal advanced twice in the transaction sees
 * its first outcome; one whose status its first change cannot follow is left as it is, the others beside it advance.
 */
class StagedOutcomesTest extends GatewayTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aBatchOfOutcomesIsWrittenAsEachAlone() {
        UUID both = storeWithoutQueueing("<both/>", nextSerial()).trackingId();
        UUID twice = storeWithoutQueueing("<twice/>", nextSerial()).trackingId();
        UUID done = storeWithoutQueueing("<done/>", nextSerial()).trackingId();
        assertThat(ledger.advance(done, List.of(new StatusChange(TransmittalStatus.VALIDATED, "alone")), null, null)).isTrue();
        assertThat(ledger.advance(done, List.of(new StatusChange(TransmittalStatus.VALIDATED, "again")), null, null))
                .as("a status its change cannot follow: nothing recorded").isFalse();

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            ledger.advanceClaimed(both, List.of(new StatusChange(TransmittalStatus.VALIDATED, "valid"),
                    new StatusChange(TransmittalStatus.FORWARDED, "to district 1")), "district-1", "referred");
            ledger.advanceClaimed(twice, List.of(new StatusChange(TransmittalStatus.VALIDATED, "valid")), null, null);
            ledger.advanceClaimed(done, List.of(new StatusChange(TransmittalStatus.VALIDATED, "stale")), null, null);
            ledger.advanceClaimed(twice, List.of(new StatusChange(TransmittalStatus.FORWARDED, "to district 2")),
                    "district-2", null);
            assertThat(StagedStatements.stagedRows(jdbc)).isEqualTo(4);
        });

        TransmittalView first = ledger.find(both).orElseThrow();
        assertThat(first.status()).isEqualTo(TransmittalStatus.FORWARDED);
        assertThat(first.districtId()).isEqualTo("district-1");
        assertThat(first.statusReason()).isEqualTo("referred");
        assertThat(first.history()).extracting(TransmittalView.Event::status)
                .containsExactly(TransmittalStatus.RECEIVED, TransmittalStatus.VALIDATED, TransmittalStatus.FORWARDED);
        assertThat(first.history().subList(1, 3)).extracting(TransmittalView.Event::detail)
                .containsExactly("valid", "to district 1");

        TransmittalView second = ledger.find(twice).orElseThrow();
        assertThat(second.status()).isEqualTo(TransmittalStatus.FORWARDED);
        assertThat(second.districtId()).isEqualTo("district-2");
        assertThat(second.history()).extracting(TransmittalView.Event::status)
                .containsExactly(TransmittalStatus.RECEIVED, TransmittalStatus.VALIDATED, TransmittalStatus.FORWARDED);

        TransmittalView third = ledger.find(done).orElseThrow();
        assertThat(third.status()).isEqualTo(TransmittalStatus.VALIDATED);
        assertThat(third.history()).extracting(TransmittalView.Event::detail).doesNotContain("again", "stale");
        assertThat(third.history()).extracting(TransmittalView.Event::status)
                .containsExactly(TransmittalStatus.RECEIVED, TransmittalStatus.VALIDATED);
    }

    @Test
    void aTransmittalAdvancedTwiceStartsASecondExecution() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<Object[]> executions = TransmittalLedger.advanceExecutions(List.of(
                TransmittalLedger.advanceRow(a, List.of(new StatusChange(TransmittalStatus.VALIDATED, "1")), null, null),
                TransmittalLedger.advanceRow(b, List.of(new StatusChange(TransmittalStatus.VALIDATED, "2")), null, null),
                TransmittalLedger.advanceRow(a, List.of(new StatusChange(TransmittalStatus.FORWARDED, "3")), "d", null)));
        assertThat(executions).hasSize(2);
        assertThat(((StagedStatements.SqlArray) executions.get(0)[0]).elements()).containsExactly(a, b);
        assertThat(((StagedStatements.SqlArray) executions.get(1)[0]).elements()).containsExactly(a);
        assertThat(((StagedStatements.SqlArray) executions.get(1)[4]).elements())
                .as("predecessors of the first change").containsExactly(String.join(",",
                        TransmittalStatus.FORWARDED.predecessors().stream().map(Enum::name).toList()));
    }
}
