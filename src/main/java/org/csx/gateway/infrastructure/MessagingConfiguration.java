package org.csx.gateway.infrastructure;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import javax.sql.DataSource;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.csx.gateway.config.BrokerProperties;
import org.csx.gateway.identity.GatewayLogin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * JMS to Artemis.
 *
 * <p>Each processing route consumes and produces in ONE local Artemis transaction: the consuming
 * session is transacted, and Spring exposes it to every send made on the same thread, so a message
 * leaves the intake queue only if its referral and acknowledgment are on their queues. (A
 * JmsTransactionManager gives the same guarantee, but then the listener container creates a consumer
 * for every message: measured at a quarter of the throughput on two cores.)
 * Database writes are not in that transaction (no XA): they are idempotent (unique keys, status
 * transitions that only move forward), so a redelivered message repeats them harmlessly.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    ConnectionFactory jmsConnectionFactory(BrokerProperties broker, GatewayLogin login,
                                           ObjectProvider<EmbeddedActiveMQ> embeddedBroker) {
        embeddedBroker.ifAvailable(b -> { }); // make sure an embedded broker is started first
        // The gateway logs in like everybody else (identity.GatewayLogin: generated per start for the embedded broker)
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(broker.getUrl(), login.name(), login.secret());
        // An external broker is waited for (restarts, failover to its backup). The embedded one lives and dies with
        // this process: a thread waiting to reconnect to it would wait forever (and hold up the gateway's stop), so
        // in-VM a send fails at once and what was not sent stays in the ledger or the outbox (EmbeddedBrokerFailure).
        artemis.setReconnectAttempts(inVm(broker.getUrl()) ? 0 : -1);
        // Durable before answered: a persistent send outside a transaction returns once the broker journaled it.
        artemis.setBlockOnDurableSend(true);
        // No prefetch: a consumer holds only the message it is processing. Whatever a consumer holds counts as
        // delivered once more each time the broker stops or the connection drops, and intake messages are small:
        // a 64 KiB window held a hundred of them per consumer, so every restart under load counted against the
        // same queue head until the broker dead-lettered messages nobody had failed on (docs/fault-scripts.md,
        // broker restarts). An intake message is a pointer to up to 25 transmittals, so the extra request per
        // message costs nothing measurable.
        artemis.setConsumerWindowSize(0);
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setSessionCacheSize(32);
        caching.setCacheConsumers(false);
        return caching;
    }

    static boolean inVm(String url) {
        return url != null && url.startsWith("vm://");
    }

    /**
     * For sends grouped outside a JMS consumer (a SOAP-fed route, a scheduled job): one Artemis
     * transaction around them. Routes refer to it as {@code transacted: {ref: jmsTransaction}}.
     */
    @Bean
    JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
        return new JmsTransactionManager(connectionFactory);
    }

    @Bean
    SpringTransactionPolicy jmsTransaction(JmsTransactionManager jmsTransactionManager) {
        SpringTransactionPolicy policy = new SpringTransactionPolicy(jmsTransactionManager);
        policy.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        return policy;
    }

    /** Declaring the JMS manager makes Boot drop its JDBC one, so it is declared here too. */
    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    JmsComponent jms(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.getConfiguration().setTransacted(true);
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        jms.setHeaderFilterStrategy(new GatewayHeaderFilterStrategy());
        return jms;
    }
}
