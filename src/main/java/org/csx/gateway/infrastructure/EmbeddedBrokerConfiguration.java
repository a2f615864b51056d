package org.csx.gateway.infrastructure;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.EmbeddedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Default profile: an Artemis broker in-process with a persistent journal under
 * {@code <data directory>/artemis}. The gateway talks to it in-VM; district systems connect to the
 * network acceptor with CORE, AMQP or STOMP, so they can be written in any language.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "csx.embedded.broker", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedBrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerConfiguration.class);

    /**
     * Large enough that a resent message is still recognised as a duplicate long after the first:
     * the cache is per address and persisted in the journal.
     */
    static final int DUPLICATE_ID_CACHE_SIZE = 200_000;

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedActiveMQ embeddedBroker(EmbeddedProperties embedded, CsxProperties csx) throws Exception {
        Path data = Path.of(embedded.getDataDirectory(), "artemis").toAbsolutePath();
        EmbeddedProperties.Broker broker = embedded.getBroker();

        Configuration config = new ConfigurationImpl()
                .setName("csx-gateway")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalType(JournalType.NIO)
                // Durable before answered: a send or a commit returns only once the journal is on disk.
                .setJournalSyncTransactional(true)
                .setJournalSyncNonTransactional(true)
                .setJournalDatasync(true)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setIDCacheSize(DUPLICATE_ID_CACHE_SIZE)
                .setPersistIDCache(true)
                .addAcceptorConfiguration("in-vm", "vm://0")
                .addAcceptorConfiguration("network", "tcp://" + broker.getAcceptorHost() + ":" + broker.getAcceptorPort()
                        + "?protocols=CORE,AMQP,STOMP;amqpDuplicateDetection=true");

        // A message whose processing keeps failing is retried a few times by the broker, then the route
        // moves it to the dead-letter queue with its cause (see routes/error-handling.yaml). The broker's
        // own limit sits above the route's so the route normally decides; it is the backstop.
        AddressSettings defaults = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(csx.getQueues().getDeadLetter()))
                .setMaxDeliveryAttempts(csx.getRedelivery().getMaxAttempts() + 2)
                .setRedeliveryDelay(csx.getRedelivery().getDelay().toMillis())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
        config.addAddressSetting("#", defaults);

        // The dead-letter queue is never a silent end: its recorder (routes/dead-letters.yaml) fails while the
        // database is down, and the broker keeps each message and tries again, without limit, backing off.
        AddressSettings deadLetters = new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(1_000)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(60_000)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
        config.addAddressSetting(csx.getQueues().getDeadLetter(), deadLetters);

        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        log.info("Embedded Artemis: journal in {}, acceptor tcp://{}:{} (CORE, AMQP, STOMP)",
                data, broker.getAcceptorHost(), broker.getAcceptorPort());
        return server;
    }
}
