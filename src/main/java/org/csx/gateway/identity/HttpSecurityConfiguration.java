package org.csx.gateway.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain in front of everything the gateway serves over HTTP (docs/security.md): SOAP services,
 * the REST API, the actuator. Deny by default; every path below has its rule, and {@code HttpAccessTableTest}
 * fails for an endpoint added without one.
 *
 * <ul>
 *   <li>Partners on /services/exchange and /services/documents, courts (TRIBUNAL partners) on /services/courts:
 *       HTTP Basic or a TLS client certificate mapped to one partner. The WSDLs and schemas are public.</li>
 *   <li>Staff on /api by role (viewer reads, specialist records and withdraws); local users with hashed passwords,
 *       or tokens from the identity provider when an issuer is configured.</li>
 *   <li>Districts: only the content of documents their own cases hold.</li>
 *   <li>Actuator: health for everyone, the rest for administrators.</li>
 * </ul>
 * <ul>
 *   <li>The staff console (docs/console.md) at /: form sign-in with a session cookie, CSRF tokens on its forms;
 *       viewers read, specialists act. A stranger is sent to /login. In production, also OpenID Connect sign-in
 *       through the identity provider (roles from the same claim as the API's tokens).</li>
 * </ul>
 * 401 and 403 carry no body; no session and no cookie outside the console.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class HttpSecurityConfiguration {

    /** The console's sign-in page (form login, a session cookie, CSRF tokens on every form). */
    static final String CONSOLE_LOGIN = "/login";
    private static final Pattern CONTRACT_QUERY = Pattern.compile("(?i)(wsdl|xsd)(=[A-Za-z0-9._/-]*)?");

    @Bean
    LoginThrottle loginThrottle(IdentityProperties properties) {
        IdentityProperties.Throttle t = properties.getThrottle();
        return new LoginThrottle(t.getMaxFailuresPerIdentity(), t.getMaxFailuresPerAddress(), t.getWindow(),
                Clock.systemUTC());
    }

    /** Declared so Spring Boot creates no default user: only the identity model authenticates. */
    @Bean
    AuthenticationManager authenticationManager(IdentityDirectory directory, LoginThrottle throttle) {
        ProviderManager manager = new ProviderManager(new IdentityAuthentication(directory, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /**
     * No metrics/tracing observation around every security filter and decision: profiled under the SOAP load
     * benchmark it was about half of the chain's cost. HTTP requests are still observed as a whole.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The chain alone, without the Spring MVC lookup Spring Security puts around it (see the class). */
    @Bean
    static ChainWithoutMvcLookup chainWithoutMvcLookup() {
        return new ChainWithoutMvcLookup();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(StaffRole.ADMINISTRATOR.name()).implies(StaffRole.SUPERVISOR.name())
                .role(StaffRole.SUPERVISOR.name()).implies(StaffRole.SPECIALIST.name())
                .role(StaffRole.SPECIALIST.name()).implies(StaffRole.VIEWER.name())
                .build();
    }

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                        IdentityDirectory directory, IdentityProperties properties,
                                        DocumentHolders documents, ObjectProvider<JwtDecoder> jwtDecoder,
                                        ObjectProvider<ClientRegistrationRepository> consoleOidc)
            throws Exception {
        AuthenticationEntryPoint basicEntryPoint = HttpSecurityConfiguration::unauthorized;
        // The console's pages send a stranger to the sign-in page; everything else answers 401 for HTTP Basic.
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(CONSOLE_LOGIN);
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (isConsole(request) && !(e instanceof IdentityAuthentication.LoginThrottledException)) {
                signIn.commence(request, response, e);
            } else {
                basicEntryPoint.commence(request, response, e);
            }
        };
        AccessDeniedHandler denied = (request, response, e) -> response.setStatus(HttpStatus.FORBIDDEN.value());
        ClientRegistrationRepository registrations = consoleOidc.getIfAvailable();
        // OIDC sign-in's code-for-token exchange is one more provider before the identity model's; the rest as before
        http.authenticationManager(registrations == null ? authenticationManager : new ProviderManager(
                        List.of(new OidcAuthorizationCodeAuthenticationProvider(
                                new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService())),
                        authenticationManager))
                // CSRF only where a browser session signs requests: the console's forms (sign-in included).
                // SOAP, /api and the actuator are called by machines with credentials on every request.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> isConsole(request)
                        && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())))
                // A session exists only for staff signed in to the console; HTTP Basic and tokens stay stateless.
                // (the default creation policy; no session-management filter saving every authentication in one)
                .sessionManagement(s -> s.requireExplicitAuthenticationStrategy(true))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .formLogin(form -> form.loginPage(CONSOLE_LOGIN).defaultSuccessUrl("/", true)
                        .failureUrl(CONSOLE_LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(CONSOLE_LOGIN + "?signed-out"))
                // The console shows a case's PDFs in a frame of its own page; nothing else may frame it.
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'")))
                // HTTP Basic authenticates each request on its own: never a session (only the console's sign-in makes one)
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint).realmName("csx-gateway")
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .addFilterBefore(new PartnerCertificateFilter(directory, entryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> rules
                        // the same request again: an error page, or CXF resuming a SOAP exchange it answered asynchronously
                        // (the filter does not run on ASYNC dispatches at all: spring.security.filter.dispatcher-types)
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        // SOAP: the contracts are public, the operations are not
                        .requestMatchers(HttpSecurityConfiguration::isContractRequest).permitAll()
                        .requestMatchers(path(HttpMethod.POST, "/services/exchange")).hasRole("PARTNER")
                        .requestMatchers(path(HttpMethod.POST, "/services/documents")).hasRole("PARTNER")
                        .requestMatchers(path(HttpMethod.POST, "/services/courts")).hasRole("COURT")
                        // REST: staff by role; districts fetch their own cases' documents only
                        .requestMatchers(path(HttpMethod.GET, "/api/documents/{sha256}"))
                                .access(districtHoldingOrSpecialist(documents))
                        .requestMatchers(path(HttpMethod.POST, "/api/cases/{trackingId}/documents")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.POST, "/api/registrations/{id}/withdrawal")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.GET, "/api/registrations")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/api/registrations/{id}")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/api/registrations/{id}/notice")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/api/transmittals/{trackingId}")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/api/cases/{trackingId}/documents")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/api/deadlines")).hasRole("VIEWER")
                        // the audit trail of personal-data reads: administrators only
                        .requestMatchers(path(HttpMethod.GET, "/api/audit")).hasRole("ADMINISTRATOR")
                        // The staff console (docs/console.md): viewers read, specialists act
                        .requestMatchers(path(HttpMethod.GET, CONSOLE_LOGIN)).permitAll()
                        .requestMatchers(path(HttpMethod.GET, "/console.css")).permitAll()
                        .requestMatchers(path(HttpMethod.POST, "/logout")).authenticated()
                        .requestMatchers(path(HttpMethod.GET, "/")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/cases/{trackingId}")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/cases/{trackingId}/notice")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/cases/{trackingId}/documents/{sha256}")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.GET, "/search")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/compliance")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/compliance.csv")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.GET, "/partners")).hasRole("VIEWER")
                        .requestMatchers(path(HttpMethod.POST, "/exceptions/{trackingId}/route")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.POST, "/dead-letters/{id}/replay")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.POST, "/dead-letters/{id}/close")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.POST, "/deliveries/{id}/send-again")).hasRole("SPECIALIST")
                        .requestMatchers(path(HttpMethod.POST, "/deliveries/{id}/close")).hasRole("SPECIALIST")
                        // Actuator: health open, the rest administrators
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health")).permitAll()
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health/**")).permitAll()
                        .requestMatchers(path(null, "/actuator/**")).hasRole("ADMINISTRATOR")
                        .anyRequest().denyAll());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            IdentityProperties.Oidc oidc = properties.getOidc();
            http.oauth2ResourceServer(o -> o
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> staffFromToken(token, oidc, directory))));
        }
        if (registrations != null) {
            // production staff sign in to the console through the identity provider (ConsoleOidcConfiguration)
            http.oauth2Login(o -> o.loginPage(CONSOLE_LOGIN)
                    .clientRegistrationRepository(registrations)
                    .successHandler(new StaffOidcSignIn(properties.getOidc(), directory))
                    .failureHandler(StaffOidcSignIn::refused));
        }
        return http.build();
    }

    /** A staff member's token: the roles claim names StaffRoles; anything else in it is ignored. */
    static AbstractAuthenticationToken staffFromToken(Jwt token, IdentityProperties.Oidc oidc, IdentityDirectory directory) {
        return IdentityAuthentication.authenticated(StaffOidcSignIn.staff(token.getClaims(), oidc, directory));
    }

    private static AuthorizationManager<RequestAuthorizationContext> districtHoldingOrSpecialist(DocumentHolders documents) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication auth = authentication.get();
            if (auth == null || !(auth.getPrincipal() instanceof Identity identity)) {
                return new AuthorizationDecision(false);
            }
            if (identity.kind() == Identity.Kind.STAFF) {
                return new AuthorizationDecision(identity.staffRoles().stream().anyMatch(r -> r != StaffRole.VIEWER));
            }
            String sha256 = context.getVariables().get("sha256");
            boolean holds = identity.asDistrict()
                    .map(district -> sha256 != null && sha256.matches("[0-9a-f]{64}")
                            && documents.districtsHolding(sha256).contains(district))
                    .orElse(false);
            return new AuthorizationDecision(holds);
        };
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** The console: everything but the machine doors (SOAP, the REST API, the actuator). */
    static boolean isConsole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/services/") || path.equals("/services") || path.startsWith("/api/")
                || path.startsWith("/actuator") || path.equals("/error"));
    }

    private static boolean isContractRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && List.of("/services/exchange", "/services/documents", "/services/courts").contains(path)
                && request.getQueryString() != null && CONTRACT_QUERY.matcher(request.getQueryString()).matches();
    }

    private static void unauthorized(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
        if (e instanceof IdentityAuthentication.LoginThrottledException) {
            response.setHeader("Retry-After", "300");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"csx-gateway\"");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
