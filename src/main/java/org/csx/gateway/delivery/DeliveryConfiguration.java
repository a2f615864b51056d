package org.csx.gateway.delivery;

import java.util.Map;
import java.util.function.Function;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.csenet.CsenetAcknowledgmentRecords;
import org.csx.gateway.csenet.CsenetOutbox;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.PartnerProfile;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The beans of partner delivery; routes/partner-delivery.yaml refers to {@code partnerDeliveryStep}. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** Partner id → its profile, for every partner whose messages are pushed; checked at start-up. */
    @Bean
    SoapRecipients soapRecipients(JurisdictionDirectory directory) {
        Map<String, PartnerProfile> recipients = directory.soapRecipients();
        recipients.forEach((id, profile) -> {
            String endpoint = profile.channels().soapEndpoint();
            if (!endpoint.startsWith("https://") && !endpoint.startsWith("http://")) {
                throw new IllegalStateException("csx.directory.profiles." + profile.jurisdiction().id()
                        + ".channels.soap-endpoint must be an http(s) URL");
            }
            if (!PartnerCredentials.supported(profile.channels().credentialsReference())) {
                throw new IllegalStateException("csx.directory.profiles." + profile.jurisdiction().id()
                        + ".channels.credentials-reference must be env:NAME or file:/path (holding login:secret)"
                        + " for the SOAP endpoint");
            }
        });
        return new SoapRecipients(recipients);
    }

    /** The SOAP partners by partner id. */
    record SoapRecipients(Map<String, PartnerProfile> byPartnerId) implements Function<String, PartnerProfile> {
        @Override
        public PartnerProfile apply(String partnerId) {
            PartnerProfile p = byPartnerId.get(partnerId);
            if (p == null) {
                throw new IllegalStateException("partner " + partnerId + " has no SOAP endpoint any more");
            }
            return p;
        }
    }

    @Bean
    PartnerDeliveryWorker partnerDeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                                SoapRecipients recipients, Outbox outbox, CsxProperties csx,
                                                DeliveryProperties properties, PersonalDataCipher cipher) {
        return new PartnerDeliveryWorker(jdbc, transactionManager,
                new SoapPush(properties.getConnectTimeout(), properties.getRequestTimeout()), new PartnerCredentials(),
                recipients, outbox, csx.getQueues().getExceptions(), properties, cipher);
    }

    @Bean
    PartnerDeliveryStep partnerDeliveryStep(JdbcTemplate jdbc, ContractXml contractXml, CsenetOutbox serials,
                                            SoapRecipients recipients, PartnerDeliveryWorker worker,
                                            PersonalDataCipher cipher) {
        return new PartnerDeliveryStep(jdbc, new PartnerTransmittals(contractXml, new CsenetAcknowledgmentRecords()),
                serials, recipients, contractXml, worker, cipher);
    }

    @Bean
    PartnerDeliveryRoutes partnerDeliveryRoutes(SoapRecipients recipients) {
        return new PartnerDeliveryRoutes(java.util.List.copyOf(recipients.byPartnerId().keySet()));
    }

    @Bean
    FailedDeliveries failedDeliveries(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                      StaffActions actions, PartnerDeliveryWorker worker) {
        return new FailedDeliveries(jdbc, new TransactionTemplate(transactionManager), actions, worker);
    }

    @Bean
    SentMessages sentMessages(JdbcTemplate jdbc) {
        return new SentMessages(jdbc);
    }
}
