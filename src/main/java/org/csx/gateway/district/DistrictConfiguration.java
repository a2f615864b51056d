package org.csx.gateway.district;

import java.time.Clock;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.validation.FarCodeTable;
import org.csx.gateway.validation.FipsCountyTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The way back (docs/way-back.md): districts' messages to partners, and partners' case queries. */
@Configuration(proxyBeanMethods = false)
class DistrictConfiguration {

    @Bean
    DistrictLookup districtLookup(DistrictDirectory districts, CsxProperties properties) {
        return new DistrictLookup(districts, properties);
    }

    @Bean
    DistrictMessages districtMessages(JdbcTemplate jdbc) {
        return new DistrictMessages(jdbc);
    }

    @Bean
    DistrictRequestClocks districtRequestClocks(DutyRepository duties, DutyClocks clocks) {
        return new DistrictRequestClocks(duties, clocks);
    }

    @Bean
    DistrictOutbound districtOutbound(ContractXml contractXml, FarCodeTable farCodes, FipsCountyTable fips,
                                      DistrictMessages messages, DistrictLookup districts, TransmittalLedger ledger,
                                      JurisdictionDirectory jurisdictions, OutboundQueues queues, Outbox outbox,
                                      DistrictRequestClocks clocks, PlatformTransactionManager transactionManager,
                                      CsxProperties properties, Clock clock,
                                      @Value("${csx.district-messages.max-bytes:262144}") int maxBytes,
                                        org.csx.gateway.processing.ManualRouting referrals) {
        return new DistrictOutbound(contractXml, new DistrictMessageRules(farCodes, fips, clock), messages, districts,
                ledger, jurisdictions, queues, outbox, clocks, transactionManager, properties, clock, maxBytes, referrals);
    }

    @Bean
    DistrictAnswers districtAnswers(DistrictMessages messages, DutyRepository duties) {
        return new DistrictAnswers(messages, duties);
    }

    @Bean
    DistrictRequestOverdueJob districtRequestOverdueJob(DutyRepository duties, DutyClocks clocks, DistrictMessages messages,
                                                        DistrictLookup districts, FarCodeTable farCodes,
                                                        OutboundQueues queues, Outbox outbox, ContractXml contractXml,
                                                        PlatformTransactionManager transactionManager, Clock clock,
                                                        org.csx.gateway.partner.PartnerMessages partnerMessages) {
        return new DistrictRequestOverdueJob(duties, clocks, messages, districts, farCodes, queues, outbox, contractXml,
                transactionManager, clock, partnerMessages);
    }

    @Bean
    CaseQuery caseQuery(TransmittalLedger ledger, org.csx.gateway.documents.CaseDocumentRepository documents,
                        org.csx.gateway.documents.CaseReviewer reviewer,
                        org.csx.gateway.registration.RegistrationRegistry registrations, DistrictLookup districts,
                        org.csx.gateway.audit.AuditTrail audit, ContractXml contractXml, Clock clock) {
        return new CaseQuery(ledger, documents, reviewer, registrations, districts, audit, contractXml, clock);
    }

    @Bean
    DistrictOutboundRoutes districtOutboundRoutes(DistrictDirectory districts) {
        return new DistrictOutboundRoutes(districts);
    }
}
