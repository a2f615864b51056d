package org.csx.gateway.identity;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.csx.gateway.config.BrokerProperties;
import org.springframework.stereotype.Component;

/**
 * The gateway's own broker identity. With an external broker (production) the user and password come from
 * CSX_BROKER_USER / CSX_BROKER_PASSWORD; with the embedded broker, unless configured, the user is {@code gateway}
 * and the secret is generated at every start and never leaves the process.
 */
@Component
public class GatewayLogin {

    private final String name;
    private final String secret;

    public GatewayLogin(BrokerProperties broker) {
        this.name = broker.getUser() == null || broker.getUser().isBlank() ? "gateway" : broker.getUser();
        if (broker.getPassword() == null || broker.getPassword().isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = HexFormat.of().formatHex(random);
        } else {
            this.secret = broker.getPassword();
        }
    }

    public String name() {
        return name;
    }

    public String secret() {
        return secret;
    }
}
