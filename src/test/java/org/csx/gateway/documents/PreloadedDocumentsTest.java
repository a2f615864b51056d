package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch's documents read in one statement (processing's claim): the same documents as one case at a time, answered
 * from memory for the rest of that transaction only, and a link in the transaction is seen.
 */
class PreloadedDocumentsTest extends GatewayTestSupport {

    @Autowired
    CaseDocumentRepository repository;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void answersFromTheBatchReadInItsTransactionOnly() {
        UUID withDocuments = storeWithoutQueueing(example("lo1-request.xml")).trackingId();
        UUID without = storeWithoutQueueing(example("enf-request.xml")).trackingId();
        link(withDocuments, "a");
        link(withDocuments, "b");
        List<CaseDocument> asStored = repository.documents(withDocuments);
        assertThat(asStored).hasSize(2);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(tx -> {
            repository.preload(List.of(withDocuments, without));
            assertThat(repository.documents(withDocuments)).isEqualTo(asStored);
            assertThat(repository.documents(without)).isEmpty();
            // answered from the batch's read, not from the table: a row gone behind the repository's back is still listed
            jdbc.update("DELETE FROM case_document WHERE tracking_id = ? AND sha256 = ?", withDocuments, sha256("a"));
            assertThat(repository.documents(withDocuments)).isEqualTo(asStored);
            // a document linked in the same transaction is seen: the case is read again
            link(without, "c");
            assertThat(repository.documents(without)).extracting(CaseDocument::sha256).containsExactly(sha256("c"));
            tx.setRollbackOnly();
        });
        // the next transaction reads the table again
        transaction.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM case_document WHERE tracking_id = ? AND sha256 = ?", withDocuments, sha256("a"));
            assertThat(repository.documents(withDocuments)).extracting(CaseDocument::sha256).containsExactly(sha256("b"));
            tx.setRollbackOnly();
        });
        // outside a transaction nothing is kept
        repository.preload(List.of(withDocuments));
        jdbc.update("DELETE FROM case_document WHERE tracking_id = ? AND sha256 = ?", withDocuments, sha256("b"));
        assertThat(repository.documents(withDocuments)).extracting(CaseDocument::sha256).containsExactly(sha256("a"));
    }

    private void link(UUID trackingId, String content) {
        repository.link(trackingId, CA, DocumentTypeCode.GENERAL_TESTIMONY, false, content + ".pdf",
                new StoredContent(sha256(content), 100, "application/pdf"), OffsetDateTime.parse("2026-12-01T10:00:00Z"));
    }

    private static String sha256(String content) {
        return content.repeat(64);
    }
}
