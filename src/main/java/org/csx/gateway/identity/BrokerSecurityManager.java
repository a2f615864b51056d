package org.csx.gateway.identity;

import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's logins and permissions, from the same identity model as HTTP: every CORE, AMQP and STOMP
 * connection, the gateway's own in-VM one included, authenticates against the {@link IdentityDirectory}; the
 * roles it gets are {@link BrokerPermissions#rolesOf}, checked against the security settings. Refusals are logged
 * (with what the caller typed encoded).
 */
public class BrokerSecurityManager implements ActiveMQSecurityManager5 {

    private static final Logger log = LoggerFactory.getLogger(BrokerSecurityManager.class);

    private final IdentityDirectory directory;

    public BrokerSecurityManager(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        Optional<Identity> identity = directory.authenticate(user, password);
        Set<String> roles = identity.map(BrokerPermissions::rolesOf).orElse(Set.of());
        if (roles.isEmpty()) {
            log.warn("Broker login refused for {} from {}", LogSafe.encode(user),
                    LogSafe.encode(connection == null ? null : connection.getRemoteAddress()));
            return null;
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(identity.get().name()));
        roles.forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        return subject;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject != null) {
            for (RolePrincipal principal : subject.getPrincipals(RolePrincipal.class)) {
                for (Role role : roles) {
                    if (role.getName().equals(principal.getName()) && checkType.hasRole(role)) {
                        return true;
                    }
                }
            }
        }
        log.warn("Broker refused {} to {} on {}", checkType, subject == null ? "(nobody)"
                : subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse("?"),
                LogSafe.encode(address));
        return false;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return authenticate(user, password, null, null) != null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        Subject subject = authenticate(user, password, null, null);
        return subject != null && authorize(subject, roles, checkType, null);
    }
}
