package org.csx.gateway.registration;

import java.time.Clock;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.validation.FipsCountyTable;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registration beans; routes refer to {@code openRegistrationStep} and {@code courtAnswers}. */
@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    RegistrationRequestReader registrationRequestReader(FipsCountyTable counties, RegistrationProperties properties) {
        return new RegistrationRequestReader(counties, properties.getConventionCountries());
    }

    @Bean
    RegistrationPacketBuilder registrationPacketBuilder(FipsCountyTable counties, DutyClocks clocks, Clock clock) {
        return new RegistrationPacketBuilder(counties, clocks, clock);
    }

    /** Contest periods that passed uncontested are confirmed by operation of law (the duty jobs call it). */
    @Bean
    RegistrationContestExpiry registrationContestExpiry(RegistrationService service) {
        return new RegistrationContestExpiry(service);
    }

    @Bean
    NoticePdfRenderer noticePdfRenderer() {
        return new NoticePdfRenderer();
    }

    @Bean
    RegistrationService registrationService(RegistrationRegistry registry, RegistrationRequestReader reader,
                                            RegistrationPacketBuilder packets, NoticePdfRenderer renderer,
                                            RegistrationOutbound outbound, ContractXml registrationXml,
                                            TransmittalLedger ledger, ContractXml contractXml,
                                            CaseDocumentRepository caseDocuments, DutyRepository duties,
                                            DutyClocks clocks, Clock clock) {
        return new RegistrationService(registry, reader, packets, renderer, outbound, registrationXml, ledger, contractXml,
                caseDocuments, duties, clocks, clock);
    }

    /** Registration's §602/§706 requirements, merged into the case review's one verdict (package documents). */
    @Bean
    RegistrationStatute registrationStatute(RegistrationRequestReader reader) {
        return new RegistrationStatute(reader);
    }

    /** Documents arriving by any channel move a waiting registration on. */
    @Bean
    RegistrationDocuments registrationDocuments(RegistrationService service) {
        return new RegistrationDocuments(service);
    }
}
