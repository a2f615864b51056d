package org.csx.gateway.identity;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic for every identity kind, against the {@link IdentityDirectory}, throttled per login name and per
 * remote address. The authenticated principal is the {@link Identity}.
 */
class IdentityAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(IdentityAuthentication.class);

    static final String PARTNER = "ROLE_PARTNER";
    static final String COURT = "ROLE_COURT";
    static final String DISTRICT = "ROLE_DISTRICT";

    private final IdentityDirectory directory;
    private final LoginThrottle throttle;

    IdentityAuthentication(IdentityDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.isBlocked(name, address)) {
            log.warn("Login throttled for {} from {}", LogSafe.encode(name), LogSafe.encode(address));
            throw new LoginThrottledException();
        }
        Object credentials = authentication.getCredentials();
        Identity identity = directory.authenticate(name, credentials == null ? null : credentials.toString())
                .filter(i -> i.kind() != Identity.Kind.GATEWAY) // the gateway's login is for its own broker connection
                .orElse(null);
        if (identity == null) {
            throttle.failed(name, address);
            log.info("Login refused for {} from {}", LogSafe.encode(name), LogSafe.encode(address));
            throw new BadCredentialsException("refused");
        }
        throttle.succeeded(name);
        return authenticated(identity);
    }

    static UsernamePasswordAuthenticationToken authenticated(Identity identity) {
        return UsernamePasswordAuthenticationToken.authenticated(identity, null, authorities(identity));
    }

    static List<GrantedAuthority> authorities(Identity identity) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        switch (identity.kind()) {
            case PARTNER -> {
                authorities.add(new SimpleGrantedAuthority(PARTNER));
                if (identity.partner().kind() == SenderKind.TRIBUNAL) {
                    authorities.add(new SimpleGrantedAuthority(COURT));
                }
            }
            case DISTRICT -> authorities.add(new SimpleGrantedAuthority(DISTRICT));
            case STAFF -> identity.staffRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
            case GATEWAY -> { }
        }
        return authorities;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed logins for this name or from this address: refused without a check. */
    static class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("throttled");
        }
    }
}
