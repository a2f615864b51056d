package org.csx.gateway.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.csx.gateway.config.BrokerProperties;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.EmbeddedProperties;
import org.csx.gateway.deadlines.DutyProperties;
import org.csx.gateway.routing.DistrictDirectory;
import org.csx.gateway.identity.BrokerPermissions;
import org.csx.gateway.identity.BrokerSecurityManager;
import org.csx.gateway.identity.IdentityDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Default profile: an Artemis broker in-process with a persistent journal under
 * {@code <data directory>/artemis}. The gateway talks to it in-VM; district systems connect to the
 * network acceptor with CORE, AMQP or STOMP, so they can be written in any language.
 *
 * <p>Security is on: every connection, the gateway's own in-VM one included, logs in against the identity model
 * ({@link BrokerSecurityManager}) and may do only what its roles allow ({@link BrokerPermissions}). Messages carry
 * the validated user, which the court-answer route checks. The acceptor listens on loopback unless configured.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "csx.embedded.broker", name = "enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedBrokerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBrokerConfiguration.class);

    /**
     * Ids remembered per address, persisted in the journal. A message is sent again only by the outbox relay, for
     * the rows of the batch it was sending when the process died (at most csx.outbox.batch-size, 200, per
     * instance), or by a district's or partner's client retrying; intake and district messages are also
     * deduplicated in the database. 20,000 (Artemis' own default) is a hundred relay batches per address. It
     * is also what the broker holds in memory: an array of this size per address from its first message, and
     * an entry per id up to it (200,000 took 0.8 MB per address at once and could reach gigabytes;
     * docs/performance.md, seventh session).
     */
    static final int DUPLICATE_ID_CACHE_SIZE = 20_000;

    /** The broker's backstop, far above the routes' csx.redelivery.max-attempts (4): see defaultAddressSettings. */
    static final int BROKER_MAX_DELIVERY_ATTEMPTS = 20;

    /** A broker that stops itself on a critical IO error stops the gateway (EmbeddedBrokerFailure). */
    @Bean
    EmbeddedBrokerFailure embeddedBrokerFailure(ObjectProvider<EmbeddedBrokerFailure.ProcessExit> processExit) {
        return new EmbeddedBrokerFailure(processExit.getIfAvailable(() -> System::exit));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedActiveMQ embeddedBroker(EmbeddedProperties embedded, CsxProperties csx, IdentityDirectory identities,
                                    DutyProperties duties, DistrictDirectory districts, BrokerProperties client,
                                    EmbeddedBrokerFailure onCriticalIoError)
            throws Exception {
        Path data = Path.of(embedded.getDataDirectory(), "artemis").toAbsolutePath();
        EmbeddedProperties.Broker broker = embedded.getBroker();

        Configuration config = new ConfigurationImpl()
                .setName("csx-gateway")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(true)
                .setPopulateValidatedUser(true)
                .setSecurityRoles(BrokerPermissions.securitySettings(identities.partners(), identities.districtIds()))
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
                .setGlobalMaxSize(broker.getMemory().toBytes())
                .addAcceptorConfiguration("in-vm", inVmAcceptor(client.getUrl()))
                .addAcceptorConfiguration("network", "tcp://" + broker.getAcceptorHost() + ":" + broker.getAcceptorPort()
                        + "?protocols=CORE,AMQP,STOMP;amqpDuplicateDetection=true" + tls(broker));
        // who sent a message, for every protocol (AMQP 1.0 included): court answers, district messages
        config.registerBrokerPlugin(new org.csx.gateway.identity.ValidatedUserStamp());
        List<String> queues = new ArrayList<>(List.of(csx.getQueues().getIntake(), csx.getQueues().getExceptions(),
                csx.getQueues().getDeadLetter(), duties.getOverdueQueue()));
        queues.addAll(BrokerPermissions.queuesToCreate(identities.partners(), districts.ids()));
        for (String queue : queues) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setAddress(queue)
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        }

        long addressMemory = broker.getAddressMemory().toBytes();
        config.addAddressSetting("#", defaultAddressSettings(csx).setMaxSizeBytes(addressMemory));
        config.addAddressSetting(csx.getQueues().getDeadLetter(), deadLetterAddressSettings().setMaxSizeBytes(addressMemory));

        EmbeddedActiveMQ server = new EmbeddedActiveMQ() {
            @Override
            public void createActiveMQServer() throws Exception {
                super.createActiveMQServer();
                // before the journal is opened, so an IO error at start is seen too
                activeMQServer.registerIOCriticalErrorListener(onCriticalIoError);
            }
        };
        server.setConfiguration(config);
        server.setSecurityManager(new BrokerSecurityManager(identities));
        log.info("Embedded Artemis: journal in {}, acceptor tcp://{}:{} (CORE, AMQP, STOMP{}), security on",
                data, broker.getAcceptorHost(), broker.getAcceptorPort(), tls(broker).isEmpty() ? "" : ", TLS");
        return server;
    }

    /**
     * Every address: a message whose processing keeps failing is redelivered after csx.redelivery.delay; the
     * gateway's routes move it to the dead-letter queue with its cause at csx.redelivery.max-attempts
     * (routes/error-handling.yaml). The broker's own limit is only the backstop, for a message that never lets a
     * route decide (one that stops the process, or a district's or partner's consumer that keeps rolling back).
     * It sits well above the routes' limit because the broker also counts what a consumer held when the broker
     * stopped or the connection dropped: at 6, ten restarts under load gave up on intake messages no route had
     * failed on (docs/fault-scripts.md). Auto-creation is allowed, but only the gateway's role may create.
     * src/main/broker/broker.xml says the same for an external broker (BrokerXmlAgreesTest). Past
     * csx.embedded.broker.address-memory an address pages (PAGE, as broker.xml says too): its messages wait on disk,
     * in order, and are read back as consumers take them.
     */
    static AddressSettings defaultAddressSettings(CsxProperties csx) {
        return new AddressSettings()
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setDeadLetterAddress(SimpleString.of(csx.getQueues().getDeadLetter()))
                .setMaxDeliveryAttempts(Math.max(BROKER_MAX_DELIVERY_ATTEMPTS, csx.getRedelivery().getMaxAttempts() + 2))
                .setRedeliveryDelay(csx.getRedelivery().getDelay().toMillis())
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
    }

    /**
     * The dead-letter queue is never a silent end: its recorder (routes/dead-letters.yaml) fails while the
     * database is down, and the broker keeps each message and tries again, without limit, backing off.
     */
    static AddressSettings deadLetterAddressSettings() {
        return new AddressSettings()
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(1_000)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(60_000)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
    }

    /** The in-VM server id the gateway connects to (csx.broker.url vm://<id>): two gateways in one JVM need two. */
    private static String inVmAcceptor(String clientUrl) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("vm://([0-9]+).*").matcher(clientUrl == null ? "" : clientUrl);
        return id.matches() ? "vm://" + id.group(1) : "vm://0";
    }

    /** TLS on the network acceptor when a key store is configured (csx.embedded.broker.tls.*). */
    private static String tls(EmbeddedProperties.Broker broker) {
        EmbeddedProperties.Tls tls = broker.getTls();
        if (tls.getKeyStorePath() == null || tls.getKeyStorePath().isBlank()) {
            return "";
        }
        return ";sslEnabled=true;keyStorePath=" + tls.getKeyStorePath() + ";keyStorePassword=" + tls.getKeyStorePassword()
                + (tls.getTrustStorePath() == null || tls.getTrustStorePath().isBlank() ? ""
                : ";needClientAuth=true;trustStorePath=" + tls.getTrustStorePath() + ";trustStorePassword=" + tls.getTrustStorePassword());
    }
}
