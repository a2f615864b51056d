package org.csx.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the gateway reaches Artemis. In the default profile this is the embedded broker, in-VM. */
@ConfigurationProperties(prefix = "csx.broker")
public class BrokerProperties {
    private String url = "vm://0";
    private String user;
    private String password;

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
