package org.csx.gateway.csenet;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.intake.IntakeQueue;
import org.csx.gateway.intake.TransmittalIntake;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The beans of the CSENet file channel; routes/csenet-inbound.yaml and routes/csenet-outbound.yaml refer to
 * them by these names. The transaction manager injected is the primary one: PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class CsenetConfiguration {

    @Bean
    CsenetFileLedger csenetFileLedger(JdbcTemplate jdbc) {
        return new CsenetFileLedger(jdbc);
    }

    @Bean
    CsenetOutbox csenetOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                              CsenetProperties properties) {
        return new CsenetOutbox(jdbc, transactionManager, Path.of(properties.getOutbox()).toAbsolutePath(),
                properties.getOutboxFileMaxRecords());
    }

    @Bean
    CsenetRecordTranslator csenetRecordTranslator(JurisdictionDirectory directory, PartnerDirectory partners,
                                                  ContractXml contractXml, CsenetProperties properties) {
        return new CsenetRecordTranslator(new CsenetTransactionParser(), directory::csenetSender, partners, contractXml,
                properties.getInboundHeaderLayout());
    }

    @Bean
    CsenetFileIntake csenetFileIntake(CsenetRecordTranslator translator, TransmittalIntake intake,
                                      CsenetFileLedger files, CsenetOutbox outbox, ConnectionFactory connectionFactory,
                                      CsxProperties csx, PlatformTransactionManager transactionManager,
                                      CsenetProperties properties, TransmittalLedger ledger) {
        return new CsenetFileIntake(translator, intake, files, outbox,
                new IntakeQueue(connectionFactory, csx.getQueues().getIntake(), csx.getQueues().getIntakeBatchSize()), transactionManager,
                properties.getChunkSize(), ledger, properties.getMaxInFlight());
    }

    @Bean
    CsenetOutboundStep csenetOutboundStep(ContractXml contractXml, CsenetOutbox outbox) {
        return new CsenetOutboundStep(contractXml, new CsenetAcknowledgmentRecords(), outbox);
    }

    @Bean
    CsenetOutboxFlushJob csenetOutboxFlushJob(CsenetOutbox outbox) {
        return new CsenetOutboxFlushJob(outbox);
    }

    @Bean
    CsenetInboundRoutes csenetInboundRoutes(CsenetProperties properties, PartnerDirectory partners) {
        return new CsenetInboundRoutes(properties, partners);
    }

    @Bean
    CsenetOutboundRoutes csenetOutboundRoutes(CsenetProperties properties, PartnerDirectory partners,
                                              JurisdictionDirectory directory) {
        return new CsenetOutboundRoutes(properties, partners, directory);
    }
}
