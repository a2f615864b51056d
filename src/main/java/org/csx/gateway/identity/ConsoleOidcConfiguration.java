package org.csx.gateway.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The console as an OpenID Connect client of the registry's identity provider (production; docs/console.md):
 * only when {@code csx.console.oidc.client-id} is set. The provider's endpoints come from its discovery document at
 * {@code csx.console.oidc.issuer-uri} (by default the API's token issuer), read once at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${csx.console.oidc.client-id:}'.isEmpty()")
class ConsoleOidcConfiguration {

    /** The registration's id: the browser comes back to /login/oauth2/code/staff. */
    static final String REGISTRATION = "staff";

    @Bean
    ClientRegistrationRepository consoleOidcRegistrations(@Value("${csx.console.oidc.issuer-uri}") String issuer,
                                                          @Value("${csx.console.oidc.client-id}") String clientId,
                                                          @Value("${csx.console.oidc.client-secret:}") String clientSecret,
                                                          @Value("${csx.console.oidc.scopes:openid,profile}") String[] scopes) {
        ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(scopes)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName("the registry's identity provider")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
