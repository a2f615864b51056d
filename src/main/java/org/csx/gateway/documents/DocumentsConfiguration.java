package org.csx.gateway.documents;

import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.PartnerMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.validation.FarCodeTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document beans; the routes refer to documentIntake, caseReviewSteps and statusInquirySteps by name.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    DocumentStore documentStore(DocumentsProperties properties,
                                org.csx.gateway.personaldata.PersonalDataCipher cipher) {
        return new DocumentStore(Path.of(properties.getStorageDirectory()), cipher);
    }

    @Bean
    DocumentChecklist documentChecklist(JurisdictionDirectory directory) {
        // One model: the federal checklist plus the overrides kept in the partner profiles.
        return DocumentChecklist.fromClasspath().withOverrides(ProfileOverrides.of(directory));
    }

    @Bean
    CaseDocumentRepository caseDocumentRepository(JdbcTemplate jdbc) {
        return new CaseDocumentRepository(jdbc);
    }

    @Bean
    CaseReviewer caseReviewer(DocumentChecklist checklist, CaseDocumentRepository repository, CsxProperties properties,
                              List<StatutoryRequirements> statutes, TransmittalLedger ledger, ContractXml contractXml) {
        return new CaseReviewer(checklist, repository, properties.getHomeState(), statutes,
                trackingId -> ledger.rawMessage(trackingId).map(contractXml::readTransmittal));
    }

    @Bean
    DocumentArrivals documentArrivals(CaseDocumentRepository repository, CaseReviewer reviewer, DutyRepository duties,
                                      DocumentNotices notices, Outbox outbox, OutboundQueues queues,
                                      PlatformTransactionManager transactionManager,
                                      List<DocumentsArrivedListener> listeners) {
        return new DocumentArrivals(repository, reviewer, duties, notices, outbox, queues,
                new TransactionTemplate(transactionManager), listeners);
    }

    @Bean
    DocumentNotices documentNotices(ContractXml contractXml) {
        return new DocumentNotices(contractXml);
    }

    @Bean
    DocumentsReminderJob documentsReminderJob(DutyRepository duties, DutyClocks clocks, CaseReviewer reviewer,
                                              TransmittalLedger ledger, FarCodeTable farCodes, ContractXml contractXml,
                                              PartnerMessages messages, Outbox outbox, OutboundQueues queues,
                                              PlatformTransactionManager transactionManager, Clock clock) {
        return new DocumentsReminderJob(duties, clocks, reviewer, ledger, farCodes, contractXml,
                messages, outbox, queues, transactionManager, clock);
    }
}
