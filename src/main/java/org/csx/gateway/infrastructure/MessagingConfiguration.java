package org.csx.gateway.infrastructure;

import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.csx.gateway.config.BrokerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * JMS to Artemis, and the two transaction managers.
 *
 * <p>Each processing route consumes and produces in ONE Artemis transaction (JmsTransactionManager):
 * a message leaves the intake queue only if its referral and acknowledgment are on their queues.
 * Database writes are not in that transaction (no XA): they are idempotent (unique keys, status
 * transitions that only move forward), so a redelivered message repeats them harmlessly.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    ConnectionFactory jmsConnectionFactory(BrokerProperties broker,
                                           ObjectProvider<org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ> embeddedBroker) {
        embeddedBroker.ifAvailable(b -> { }); // make sure an embedded broker is started first
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(broker.getUrl(), broker.getUser(), broker.getPassword());
        artemis.setReconnectAttempts(-1);
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setSessionCacheSize(32);
        caching.setCacheConsumers(false);
        return caching;
    }

    @Bean
    JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
        return new JmsTransactionManager(connectionFactory);
    }

    /** Declaring the JMS manager makes Boot drop its JDBC one, so it is declared here too. */
    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** Referenced by the routes as {@code transacted: {ref: jmsTransaction}}. */
    @Bean
    SpringTransactionPolicy jmsTransaction(JmsTransactionManager jmsTransactionManager) {
        SpringTransactionPolicy policy = new SpringTransactionPolicy(jmsTransactionManager);
        policy.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        return policy;
    }

    @Bean
    JmsComponent jms(ConnectionFactory connectionFactory, JmsTransactionManager jmsTransactionManager) {
        JmsComponent jms = JmsComponent.jmsComponentTransacted(connectionFactory, jmsTransactionManager);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        jms.setHeaderFilterStrategy(new GatewayHeaderFilterStrategy());
        return jms;
    }

}
