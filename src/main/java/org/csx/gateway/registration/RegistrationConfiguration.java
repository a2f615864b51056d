package org.csx.gateway.registration;

import java.time.Clock;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.validation.FipsCountyTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registration beans; routes refer to {@code openRegistrationStep} and {@code courtAnswers}. */
@Configuration(proxyBeanMethods = false)
public class RegistrationConfiguration {

    @Bean
    RegistrationRequestReader registrationRequestReader(FipsCountyTable counties, RegistrationProperties properties) {
        return new RegistrationRequestReader(counties, properties.getConventionCountries());
    }

    @Bean
    RegistrationPacketBuilder registrationPacketBuilder(FipsCountyTable counties, RegistrationProperties properties, Clock clock) {
        return new RegistrationPacketBuilder(counties, properties, clock);
    }

    @Bean
    NoticePdfRenderer noticePdfRenderer() {
        return new NoticePdfRenderer();
    }

    @Bean
    RegistrationService registrationService(RegistrationRegistry registry, RegistrationRequestReader reader,
                                            RegistrationPacketBuilder packets, NoticePdfRenderer renderer,
                                            RegistrationOutbound outbound, ContractXml registrationXml,
                                            TransmittalLedger ledger, ContractXml contractXml, Clock clock) {
        return new RegistrationService(registry, reader, packets, renderer, outbound, registrationXml, ledger, contractXml, clock);
    }

    @Bean
    OpenRegistrationStep openRegistrationStep(RegistrationService service) {
        return new OpenRegistrationStep(service);
    }
}
