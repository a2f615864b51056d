package org.csx.gateway.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every DataSource bean (the embedded one, or production's pool) hands out staging connections. */
@Configuration(proxyBeanMethods = false)
class StagingConfiguration {

    @Bean
    static BeanPostProcessor stagingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof StagingDataSource)
                        ? new StagingDataSource(pool) : bean;
            }
        };
    }
}
