package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DistrictCredentialsTest {

    private static DocumentsProperties.DistrictCredential credential(String id, String hash) {
        DocumentsProperties.DistrictCredential c = new DocumentsProperties.DistrictCredential();
        c.setDistrictId(id);
        c.setSecretHash(hash);
        return c;
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private final DistrictCredentials credentials = new DistrictCredentials(List.of(
            // sha256 of "erie-test-secret"
            credential("36029", "{sha256}c15c8479a9f347efa1b47b0d92da61518cc666f02819640c12ee912d2eb091f1"),
            credential("nyc", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("nyc-secret"))));

    @Test
    void authenticatesWithEitherHash() {
        assertThat(credentials.authenticate(basic("36029", "erie-test-secret"))).contains("36029");
        assertThat(credentials.authenticate(basic("nyc", "nyc-secret"))).contains("nyc");
    }

    @Test
    void refusesWrongMissingOrMalformedCredentials() {
        assertThat(credentials.authenticate(basic("36029", "wrong"))).isEmpty();
        assertThat(credentials.authenticate(basic("36001", "erie-test-secret"))).isEmpty();
        assertThat(credentials.authenticate(null)).isEmpty();
        assertThat(credentials.authenticate("Bearer abc")).isEmpty();
        assertThat(credentials.authenticate("Basic %%%")).isEmpty();
    }
}
