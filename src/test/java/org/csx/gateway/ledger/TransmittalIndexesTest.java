package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's indexes after V121: each read that needs one still finds an index (PostgreSQL told not to scan the whole
 * table, so the plan shows whether an index can answer), and the three indexes that repeated others are gone (every
 * transmittal row and status change pays for each index the table has).
 */
class TransmittalIndexesTest extends GatewayTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theReadsThatNeedAnIndexStillHaveOne() {
        assertThat(plan("SELECT tracking_id FROM transmittal WHERE partner_id = 'ca-dcss' AND sender_case_id = 'C1' "
                + "AND action_code = 'R' AND functional_type <> 'MSC' AND status <> 'REJECTED' ORDER BY received_at DESC LIMIT 1"))
                .contains("transmittal_case_idx");
        assertThat(plan("SELECT tracking_id FROM transmittal WHERE sender_case_id = 'C1' ORDER BY received_at DESC LIMIT 50"))
                .contains("transmittal_case_idx");
        assertThat(plan("SELECT tracking_id FROM transmittal WHERE status = 'RECEIVED' AND COALESCE(queued_at, received_at) < now() "
                + "ORDER BY received_at LIMIT 100")).contains("transmittal_status_idx");
        assertThat(plan("SELECT count(*) FROM (SELECT 1 FROM transmittal WHERE status = 'RECEIVED' LIMIT 2000) waiting"))
                .contains("transmittal_status_idx");
    }

    @Test
    void theIndexesThatRepeatedOthersAreGone() {
        List<String> indexes = jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'transmittal'", String.class);
        assertThat(indexes).contains("transmittal_case_idx", "transmittal_status_idx")
                .doesNotContain("transmittal_received_idx", "transmittal_partner_case_idx", "transmittal_sender_case_idx")
                .hasSize(6);
    }

    private String plan(String query) {
        return new TransactionTemplate(transactionManager).execute(tx -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("EXPLAIN " + query, String.class));
        });
    }
}
