package org.csx.gateway.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Our login at a partner's endpoint, from the profile's credentials reference (never the secret itself):
 * {@code env:NAME} (an environment variable) or {@code file:/path} (a file readable by the gateway only), holding
 * {@code login:secret}. Resolved at each attempt, so a rotated secret is used without a restart.
 */
class PartnerCredentials {

    record Login(String user, String secret) {
        @Override
        public String toString() {
            return "Login[" + user + ", secret hidden]";
        }
    }

    private final UnaryOperator<String> environment;

    PartnerCredentials() {
        this(System::getenv);
    }

    PartnerCredentials(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** Whether the reference has a form this class resolves (checked at start-up). */
    static boolean supported(String reference) {
        return reference != null && (reference.startsWith("env:") || reference.startsWith("file:"))
                && reference.indexOf(':') < reference.length() - 1;
    }

    /** @throws IllegalStateException with a message naming the reference, never the secret */
    Login resolve(String reference) {
        if (!supported(reference)) {
            throw new IllegalStateException("credentials reference " + reference + " is not env:NAME or file:/path");
        }
        String value;
        if (reference.startsWith("env:")) {
            value = environment.apply(reference.substring(4));
        } else {
            try {
                value = Files.readString(Path.of(reference.substring(5)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("credentials reference " + reference + " cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        if (value == null) {
            throw new IllegalStateException("credentials reference " + reference + " is not set");
        }
        value = value.strip();
        int colon = value.indexOf(':');
        if (colon < 1 || colon == value.length() - 1) {
            throw new IllegalStateException("credentials reference " + reference + " does not hold login:secret");
        }
        return new Login(value.substring(0, colon), value.substring(colon + 1));
    }
}
