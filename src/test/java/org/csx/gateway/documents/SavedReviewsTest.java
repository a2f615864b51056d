package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviews a transaction stages are written as one statement (combined), each as if written alone: a case reviewed
 * twice in the transaction gets the second over the first (its district kept when the second names none, completed
 * once complete), as when each review was its own statement.
 */
class SavedReviewsTest extends GatewayTestSupport {

    @Autowired
    CaseDocumentRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aBatchOfReviewsIsWrittenAsEachAlone() {
        UUID twice = storeWithoutQueueing("<twice/>", nextSerial()).trackingId();
        UUID once = storeWithoutQueueing("<once/>", nextSerial()).trackingId();
        Completeness incomplete = new Completeness(Completeness.Status.INCOMPLETE,
                List.of(new MissingDocument(DocumentTypeCode.GENERAL_TESTIMONY, 1, "required")), List.of());
        Completeness complete = new Completeness(Completeness.Status.COMPLETE, List.of(), List.of());

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            // the same case in a row: a multi-row INSERT of both would fail ("cannot affect row a second time")
            repository.saveReview(review(twice, incomplete, "36061"), "48");
            repository.saveReview(review(twice, complete, null), "48");
            repository.saveReview(review(once, complete, "36029"), "06");
            assertThat(StagedStatements.stagedRows(jdbc)).isEqualTo(3);
        });

        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM case_review WHERE tracking_id = ?", twice);
        assertThat(first.get("completeness")).isEqualTo("COMPLETE");
        assertThat(first.get("district_id")).as("kept from the first review").isEqualTo("36061");
        assertThat(first.get("missing_summary")).isEqualTo("complete");
        assertThat(first.get("completed_at")).isNotNull();
        Map<String, Object> second = jdbc.queryForMap("SELECT * FROM case_review WHERE tracking_id = ?", once);
        assertThat(second.get("completeness")).isEqualTo("COMPLETE");
        assertThat(second.get("district_id")).isEqualTo("36029");
        assertThat(second.get("partner_state_fips")).isEqualTo("06");
        assertThat(second.get("request_type")).isEqualTo("SUPPORT_ESTABLISHMENT");

        // outside a transaction: written at once
        repository.saveReview(review(once, incomplete, null), "06");
        assertThat(jdbc.queryForObject("SELECT completeness FROM case_review WHERE tracking_id = ?", String.class, once))
                .isEqualTo("INCOMPLETE");
    }

    private static CaseReview review(UUID trackingId, Completeness completeness, String districtId) {
        return new CaseReview(trackingId, Optional.of(RequestType.SUPPORT_ESTABLISHMENT), completeness, List.of(), false,
                districtId);
    }
}
