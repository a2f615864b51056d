package org.csx.gateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A member of staff signed in to the console through the identity provider (OpenID Connect, production): the ID
 * token's roles claim ({@code csx.identities.oidc.roles-claim}, the same as the API's tokens) names their StaffRoles
 * and its username claim their name. The session then holds the same {@link Identity} a form sign-in gives, so the
 * console's rules, its actions and their records see one kind of staff member. No role: no sign-in.
 */
final class StaffOidcSignIn implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(StaffOidcSignIn.class);

    private final IdentityProperties.Oidc oidc;
    private final IdentityDirectory directory;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    StaffOidcSignIn(IdentityProperties.Oidc oidc, IdentityDirectory directory) {
        this.oidc = oidc;
        this.directory = directory;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Identity identity = authentication.getPrincipal() instanceof OidcUser user ? staff(user.getClaims()) : null;
        if (identity == null || identity.staffRoles().isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            log.info("Console sign-in refused: the identity provider's token names no staff role");
            response.sendRedirect(request.getContextPath() + HttpSecurityConfiguration.CONSOLE_LOGIN + "?no-role");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(IdentityAuthentication.authenticated(identity));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The provider or its answer was refused (no personal data in the log: the OAuth2 error code only). */
    static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        log.info("Console sign-in through the identity provider refused: {}", e instanceof OAuth2AuthenticationException o
                ? o.getError().getErrorCode() : e.getClass().getSimpleName());
        response.sendRedirect(request.getContextPath() + HttpSecurityConfiguration.CONSOLE_LOGIN + "?error");
    }

    /** The staff member an ID token's claims name, with the roles it gives (possibly none). */
    Identity staff(Map<String, Object> claims) {
        return staff(claims, oidc, directory);
    }

    /**
     * The staff member a token's claims name, the console's ID token and the API's access tokens alike: the username
     * claim (else the subject), and the roles the roles claim gives (possibly none).
     */
    static Identity staff(Map<String, Object> claims, IdentityProperties.Oidc oidc, IdentityDirectory directory) {
        Object name = claims.get(oidc.getUsernameClaim());
        String username = name == null ? String.valueOf(claims.get("sub")) : String.valueOf(name);
        return directory.staffFromToken(username, roles(claims.get(oidc.getRolesClaim())));
    }

    /** The roles claim's values that name a StaffRole (any case); anything else in it is ignored. */
    static Set<StaffRole> roles(Object claim) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (StaffRole role : StaffRole.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
