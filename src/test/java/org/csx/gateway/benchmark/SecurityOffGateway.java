package org.csx.gateway.benchmark;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.identity.Identity;
import org.csx.gateway.identity.IdentityDirectory;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.personaldata.ClearPersonalDataCipher;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The same gateway with issue 10's security taken out, for {@code security-cost.sh} only: the cost of security is
 * measured on one build, this launcher against {@link CsxGatewayApplication}, not on two builds months apart that
 * differ in everything else. Never a production switch (it lives in test code and is not on the jar's classpath).
 *
 * <p>Taken out, so the baseline is cheaper than the gateway ever was before issue 10 (the cost comes out too high,
 * never too low):
 * <ul>
 *   <li>Spring Security's filter chain is not registered with the servlet container at all (no firewall, no
 *       authentication, no authorization rules, no security headers, none of the Spring MVC lookup it wraps around
 *       the chain); instead the partner is taken from the HTTP Basic user name <em>without checking the secret</em>,
 *       so the SOAP services still know who sent what (sender codes are still checked, as before issue 10).</li>
 *   <li>Broker security off (no login, no permission checks, no validated user on messages).</li>
 *   <li>Personal data stored in clear: no AES-GCM sealing or opening of raw messages, SSNs, dates of birth, outbox
 *       bodies or documents (the cipher reads clear values as they are, as it does for rows stored before V20).</li>
 * </ul>
 * Everything else (schemas, hostile-input limits, the audit trail, which SOAP receipts do not write) is the same code.
 */
public final class SecurityOffGateway {

    private SecurityOffGateway() {
    }

    /** Which parts are taken out: {@code http}, {@code broker}, {@code cipher} (all three unless the property names some). */
    static final Set<String> OFF = Set.of(System.getProperty("csx.benchmark.security-off", "http,broker,cipher").split(","));

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CsxGatewayApplication.class, Overrides.class);
        application.run(args);
    }

    /** Registered explicitly as a source (never component-scanned: no annotation), so no test context sees it. */
    static class Overrides {

        /** Before the broker starts (its init method): no security at all. */
        @Bean
        static BeanPostProcessor brokerSecurityOff() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof EmbeddedActiveMQ broker && OFF.contains("broker")) {
                        broker.getConfiguration().setSecurityEnabled(false).setPopulateValidatedUser(false);
                    }
                    if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                            && "securityFilterChainRegistration".equals(name) && OFF.contains("http")) {
                        registration.setEnabled(false);
                    }
                    return bean;
                }
            };
        }

        /** Personal data in clear: the cipher's callers stay as they are. */
        @Bean
        static BeanPostProcessor personalDataInClear(BeanFactory beans) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof PersonalDataCipher && !(bean instanceof ClearPersonalDataCipher) && OFF.contains("cipher")) {
                        return ClearPersonalDataCipher.from(beans);
                    }
                    return bean;
                }
            };
        }

        /** The partner named by the HTTP Basic user name, its secret not checked (what security's chain replaced). */
        @Bean
        FilterRegistrationBean<Filter> partnerFromUserName(IdentityDirectory identities) {
            Filter filter = (request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                Partner partner = OFF.contains("http") ? partnerNamed(identities, http.getHeader("Authorization")) : null;
                if (partner == null) {
                    chain.doFilter(request, response);
                    return;
                }
                Principal principal = UsernamePasswordAuthenticationToken.authenticated(
                        new Identity(partner.id(), Identity.Kind.PARTNER, partner, null, Set.of()), null, List.of());
                chain.doFilter(new HttpServletRequestWrapper(http) {
                    @Override
                    public Principal getUserPrincipal() {
                        return principal;
                    }
                }, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/services/*");
            return registration;
        }

        private static Partner partnerNamed(IdentityDirectory identities, String authorization) {
            if (authorization == null || !authorization.startsWith("Basic ")) {
                return null;
            }
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            String name = decoded.substring(0, Math.max(0, decoded.indexOf(':')));
            return identities.partners().stream().filter(p -> p.id().equals(name)).findFirst().orElse(null);
        }
    }
}
