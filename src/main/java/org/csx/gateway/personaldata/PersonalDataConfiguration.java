package org.csx.gateway.personaldata;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data keys and the cipher; a {@link DataKeySource} bean of its own (a KMS) replaces the key file. */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    @ConditionalOnMissingBean(DataKeySource.class)
    FileDataKeySource dataKeySource(PersonalDataProperties properties) {
        return new FileDataKeySource(properties.getKeyFile() == null ? null : Path.of(properties.getKeyFile()),
                properties.isGenerateKeyFile(), properties.getKeys(), properties.getActiveKey());
    }

    @Bean
    PersonalDataCipher personalDataCipher(DataKeySource source) {
        return new PersonalDataCipher(source);
    }
}
