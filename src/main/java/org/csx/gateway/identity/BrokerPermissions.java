package org.csx.gateway.identity;

import org.csx.gateway.contract.QueueNames;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.security.Role;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.Partner;

/**
 * Who may do what on the broker, from the identity model (docs/security.md, "Broker"). The same rules are written
 * out for an external broker in src/main/broker/broker.xml.
 *
 * <ul>
 *   <li>{@code gateway}: sends and consumes everywhere it must, and alone creates queues (auto-creation);</li>
 *   <li>{@code administrator} (staff administrators): manages, browses and may consume (to repair), never sends, except
 *       management requests: to {@code activemq.management}, answered on a temporary queue beside it;</li>
 *   <li>{@code district-<id>}: consumes and browses {@code district.<id>.*} (inbound, rejections) and sends to
 *       {@code district.<id>.outbound} only, which it may not consume or browse (docs/way-back.md);</li>
 *   <li>{@code court-<county>}: consumes {@code court.<county>.registrations}, sends to {@code court.<county>.responses};</li>
 *   <li>{@code partner-<id>}: consumes {@code partner.<id>.outbound}.</li>
 * </ul>
 * Anything else, including sending to the intake, exceptions, dead-letter and overdue queues, is the gateway's alone.
 */
public final class BrokerPermissions {

    public static final String GATEWAY = "gateway";
    public static final String ADMINISTRATOR = "administrator";
    /** Artemis's management address: a request sent here is answered on the request's reply-to queue. */
    public static final String MANAGEMENT_ADDRESS = "activemq.management";

    private BrokerPermissions() {
    }

    /** The broker roles of an identity; empty for one that has nothing to do on the broker. */
    public static Set<String> rolesOf(Identity identity) {
        Set<String> roles = new HashSet<>();
        switch (identity.kind()) {
            case GATEWAY -> roles.add(GATEWAY);
            case DISTRICT -> roles.add(identity.name());
            case STAFF -> {
                if (identity.staffRoles().contains(StaffRole.ADMINISTRATOR)) {
                    roles.add(ADMINISTRATOR);
                }
            }
            case PARTNER -> {
                roles.add(partnerRole(identity.partner().id()));
                courtsOf(identity.partner()).forEach(county -> roles.add(courtRole(county)));
            }
        }
        return roles;
    }

    /** Address match → roles, most specific match wins (Artemis security-settings). */
    public static Map<String, Set<Role>> securitySettings(List<Partner> partners, Set<String> districtIds) {
        Map<String, Set<Role>> settings = new LinkedHashMap<>();
        settings.put("#", withOperators());
        // Management over messaging (the artemis CLI, CORE clients, the fault checker), the administrator alone: a
        // request to activemq.management (MANAGE; SEND too, which an AMQP client needs to attach to it), its answer sent
        // to the temporary queue the client makes beside it, activemq.management.<uuid> (ClientRequestor), which the
        // administrator creates, reads and deletes. Each of these was found needed by leaving it out (a request then goes
        // unanswered or is refused); BrokerManagementTest tries the whole. No other role has anything here, the gateway
        // included, and the administrator still sends nowhere else.
        settings.put(MANAGEMENT_ADDRESS, new HashSet<>(Set.of(role(ADMINISTRATOR, Permission.SEND, Permission.MANAGE))));
        settings.put(MANAGEMENT_ADDRESS + ".#", new HashSet<>(Set.of(role(ADMINISTRATOR, Permission.SEND, Permission.CONSUME,
                Permission.CREATE_ADDRESS, Permission.DELETE_ADDRESS, Permission.CREATE_NON_DURABLE_QUEUE,
                Permission.DELETE_NON_DURABLE_QUEUE))));
        for (String district : districtIds) {
            Set<Role> roles = withOperators();
            roles.add(role(Identity.districtLogin(district), Permission.CONSUME, Permission.BROWSE));
            settings.put(QueueNames.districtAll(district), roles);
            // most specific match wins: the district's own outbound queue is send-only for it, read by the gateway
            Set<Role> outbound = withOperators();
            outbound.add(role(Identity.districtLogin(district), Permission.SEND));
            settings.put(QueueNames.districtOutbound(district), outbound);
        }
        for (Partner partner : partners) {
            Set<Role> outbound = withOperators();
            outbound.add(role(partnerRole(partner.id()), Permission.CONSUME, Permission.BROWSE));
            settings.put(partner.outboundQueue(), outbound);
            for (String county : courtsOf(partner)) {
                Set<Role> registrations = withOperators();
                registrations.add(role(courtRole(county), Permission.CONSUME, Permission.BROWSE));
                settings.put(registrationsQueue(county), registrations);
                Set<Role> responses = withOperators();
                responses.add(role(courtRole(county), Permission.SEND));
                settings.put(responsesQueue(county), responses);
            }
        }
        return settings;
    }

    /** The queues the outside consumes or sends to: made at start, since only the gateway may auto-create. */
    public static List<String> queuesToCreate(List<Partner> partners, Set<String> districtIds) {
        List<String> queues = new java.util.ArrayList<>();
        districtIds.forEach(d -> {
            queues.add(QueueNames.districtInbound(d));
            queues.add(QueueNames.districtOutbound(d));
            queues.add(QueueNames.districtRejections(d));
        });
        for (Partner partner : partners) {
            queues.add(partner.outboundQueue());
            for (String county : courtsOf(partner)) {
                queues.add(registrationsQueue(county));
                queues.add(responsesQueue(county));
            }
        }
        return queues;
    }

    /** The counties a court partner serves: its 5-digit locator codes. */
    public static List<String> courtsOf(Partner partner) {
        return partner.kind() != SenderKind.TRIBUNAL ? List.of()
                : partner.locatorCodes().stream().filter(c -> c.matches("[0-9]{5}")).toList();
    }

    public static String courtRole(String county) {
        return "court-" + county;
    }

    public static String partnerRole(String partnerId) {
        return "partner-" + partnerId;
    }

    static String registrationsQueue(String county) {
        return QueueNames.courtRegistrations(county);
    }

    static String responsesQueue(String county) {
        return QueueNames.courtResponses(county);
    }

    private static Set<Role> withOperators() {
        Set<Role> roles = new HashSet<>();
        roles.add(role(GATEWAY, Permission.SEND, Permission.CONSUME, Permission.BROWSE, Permission.CREATE_ADDRESS,
                Permission.CREATE_DURABLE_QUEUE, Permission.CREATE_NON_DURABLE_QUEUE, Permission.DELETE_NON_DURABLE_QUEUE));
        roles.add(role(ADMINISTRATOR, Permission.CONSUME, Permission.BROWSE, Permission.MANAGE, Permission.CREATE_ADDRESS,
                Permission.DELETE_ADDRESS, Permission.CREATE_NON_DURABLE_QUEUE, Permission.DELETE_NON_DURABLE_QUEUE,
                Permission.VIEW, Permission.EDIT));
        return roles;
    }

    enum Permission { SEND, CONSUME, CREATE_DURABLE_QUEUE, DELETE_DURABLE_QUEUE, CREATE_NON_DURABLE_QUEUE,
        DELETE_NON_DURABLE_QUEUE, MANAGE, BROWSE, CREATE_ADDRESS, DELETE_ADDRESS, VIEW, EDIT }

    static Role role(String name, Permission... permissions) {
        Set<Permission> p = Set.of(permissions);
        return new Role(name, p.contains(Permission.SEND), p.contains(Permission.CONSUME),
                p.contains(Permission.CREATE_DURABLE_QUEUE), p.contains(Permission.DELETE_DURABLE_QUEUE),
                p.contains(Permission.CREATE_NON_DURABLE_QUEUE), p.contains(Permission.DELETE_NON_DURABLE_QUEUE),
                p.contains(Permission.MANAGE), p.contains(Permission.BROWSE), p.contains(Permission.CREATE_ADDRESS),
                p.contains(Permission.DELETE_ADDRESS), p.contains(Permission.VIEW), p.contains(Permission.EDIT));
    }
}
