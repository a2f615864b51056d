package org.csx.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.csx.gateway.config.CsxProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;

/**
 * The partner directory bean. Its table is replaceable like the FIPS table: point
 * {@code csx.reference.partner-directory} at another file ({@code file:/path.csv}).
 */
@Configuration(proxyBeanMethods = false)
class PartnerDirectoryConfiguration {

    /** Every message to a partner is built here (acknowledgments, status answers, reminders, registration replies). */
    @Bean
    PartnerMessages partnerMessages(CsxProperties csx, Clock clock) {
        return new PartnerMessages(csx.getRegistryLocatorCode(), clock);
    }

    @Bean
    JurisdictionDirectory jurisdictionDirectory(
            @Value("${csx.reference.partner-directory:classpath:" + JurisdictionDirectory.DEFAULT_RESOURCE + "}")
            Resource table, DirectoryProperties directory, CsxProperties csx, PartnerDirectory partners,
            Environment environment, Clock clock) throws IOException {
        List<String> csenetFilePartners = Binder.get(environment)
                .bind("csx.csenet.partners", Bindable.listOf(String.class)).orElse(List.of());
        try (InputStream in = table.getInputStream()) {
            return new JurisdictionDirectory(JurisdictionDirectory.load(in, table.getDescription()), directory, csx,
                    partners, csenetFilePartners, clock);
        }
    }
}
