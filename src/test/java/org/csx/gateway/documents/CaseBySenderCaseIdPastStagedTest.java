package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which case a partner means is read past the transaction's staged rows (they cannot change the answer: staged ledger
 * outcomes never make a transmittal REJECTED), so a batch's staged rows are not written before every update naming a
 * case; and a REJECTED outcome cannot be staged.
 */
class CaseBySenderCaseIdPastStagedTest extends GatewayTestSupport {

    @Autowired
    CaseDocumentRepository cases;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theCaseIsFoundWithoutWritingWhatIsStaged() {
        String caseId = "TX" + System.nanoTime() % 10_000_000_000L;
        UUID trackingId = UUID.fromString(submit(TX, TX_SECRET, withSerial(example("est-request.xml"), nextSerial())
                .replace("<SenderCaseId>TX0000456789</SenderCaseId>", "<SenderCaseId>" + caseId + "</SenderCaseId>"))
                .getTrackingId());
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            // a staged outcome (applies only from RECEIVED: harmless whatever processing did with it meanwhile)
            ledger.advanceClaimed(trackingId, List.of(new StatusChange(TransmittalStatus.VALIDATED, "test")), null, null);
            assertThat(StagedStatements.stagedRows(jdbc)).isEqualTo(1);
            assertThat(cases.caseBySenderCaseId(TX, caseId)).contains(trackingId);
            assertThat(cases.caseBySenderCaseId(TX, caseId + "X")).isEmpty();
            assertThat(StagedStatements.stagedRows(jdbc)).as("still staged after the read").isEqualTo(1);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aRejectionIsNeverStaged() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            assertThatThrownBy(() -> ledger.advanceClaimed(UUID.randomUUID(),
                    List.of(new StatusChange(TransmittalStatus.REJECTED, "test")), null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(StagedStatements.stagedRows(jdbc)).isZero();
        });
    }
}
