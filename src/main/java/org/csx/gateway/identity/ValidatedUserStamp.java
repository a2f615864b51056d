package org.csx.gateway.identity;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * Stamps every message sent through a session with the login the broker authenticated for that session
 * ({@code _AMQ_VALIDATED_USER}), whatever the protocol. Artemis's populate-validated-user does this for CORE messages
 * but not for AMQP 1.0 ones; the gateway reads this property to know who sent a court answer or a district's message
 * (never a header, queue name or body), so without it an AMQP district would be refused. Overwritten always, so a
 * client cannot set it itself; removed when the session has no validated login.
 */
public final class ValidatedUserStamp implements ActiveMQServerMessagePlugin {

    public static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";
    private static final SimpleString PROPERTY = SimpleString.of(VALIDATED_USER);

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
                           boolean noAutoCreateQueue) {
        String user = session == null ? null : session.getValidatedUser();
        if (user != null) {
            message.putStringProperty(PROPERTY, SimpleString.of(user));
        } else {
            message.removeProperty(PROPERTY);
        }
    }
}
