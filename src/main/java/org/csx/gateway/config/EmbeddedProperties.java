package org.csx.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The in-process PostgreSQL and Artemis used by the default profile. The production profile
 * switches both off and points at external servers.
 */
@ConfigurationProperties(prefix = "csx.embedded")
public class EmbeddedProperties {

    /** Where the embedded servers keep their data between runs. */
    private String dataDirectory = "./data";

    private Postgres postgres = new Postgres();
    private Broker broker = new Broker();

    public static class Postgres {
        private boolean enabled = true;
        /** 0 picks a free port. */
        private int port = 54329;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
    }

    public static class Broker {
        private boolean enabled = true;
        /** Network acceptor for district systems (CORE, AMQP and STOMP on one port); loopback unless configured. */
        private String acceptorHost = "127.0.0.1";
        private int acceptorPort = 61616;
        private Tls tls = new Tls();
        /**
         * Messages an address keeps in memory before the rest waits in page files on disk (max-size-bytes). The broker
         * shares the gateway's heap: a queue nobody reads (a partner that does not fetch its answers) would otherwise
         * hold every message on the heap, up to half of it (Artemis' default), and the collector's full pauses grow with it.
         */
        private DataSize addressMemory = DataSize.ofMegabytes(16);
        /** All addresses together (global-max-size): past it, every address pages. */
        private DataSize memory = DataSize.ofMegabytes(128);

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getAcceptorHost() { return acceptorHost; }
        public void setAcceptorHost(String acceptorHost) { this.acceptorHost = acceptorHost; }
        public int getAcceptorPort() { return acceptorPort; }
        public void setAcceptorPort(int acceptorPort) { this.acceptorPort = acceptorPort; }
        public Tls getTls() { return tls; }
        public void setTls(Tls tls) { this.tls = tls; }
        public DataSize getAddressMemory() { return addressMemory; }
        public void setAddressMemory(DataSize addressMemory) { this.addressMemory = addressMemory; }
        public DataSize getMemory() { return memory; }
        public void setMemory(DataSize memory) { this.memory = memory; }
    }

    /** TLS on the broker's network acceptor: a key store (PKCS12 or JKS); with a trust store, clients need certificates. */
    public static class Tls {
        private String keyStorePath;
        private String keyStorePassword;
        private String trustStorePath;
        private String trustStorePassword;

        public String getKeyStorePath() { return keyStorePath; }
        public void setKeyStorePath(String keyStorePath) { this.keyStorePath = keyStorePath; }
        public String getKeyStorePassword() { return keyStorePassword; }
        public void setKeyStorePassword(String keyStorePassword) { this.keyStorePassword = keyStorePassword; }
        public String getTrustStorePath() { return trustStorePath; }
        public void setTrustStorePath(String trustStorePath) { this.trustStorePath = trustStorePath; }
        public String getTrustStorePassword() { return trustStorePassword; }
        public void setTrustStorePassword(String trustStorePassword) { this.trustStorePassword = trustStorePassword; }
    }

    public String getDataDirectory() { return dataDirectory; }
    public void setDataDirectory(String dataDirectory) { this.dataDirectory = dataDirectory; }
    public Postgres getPostgres() { return postgres; }
    public void setPostgres(Postgres postgres) { this.postgres = postgres; }
    public Broker getBroker() { return broker; }
    public void setBroker(Broker broker) { this.broker = broker; }
}
