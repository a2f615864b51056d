package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Broker management over messaging (CORE, as the artemis CLI and the fault checker do it): a request to
 * activemq.management, the answer on a temporary queue beside it (activemq.management.&lt;uuid&gt;). The administrator
 * reads the broker's journal settings and a queue's depth; a district, a partner and a court cannot, and the
 * administrator still sends nowhere else.
 */
class BrokerManagementTest extends GatewayTestSupport {

    private static Object managementAttribute(String user, String secret, String resource, String attribute)
            throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + TestEnvironment.BROKER_PORT);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(user, secret, false, true, true, false, 1)) {
            session.start();
            try (ClientRequestor requestor = new ClientRequestor(session, BrokerPermissions.MANAGEMENT_ADDRESS)) {
                ClientMessage request = session.createMessage(false);
                ManagementHelper.putAttribute(request, resource, attribute);
                ClientMessage reply = requestor.request(request, 10_000);
                if (reply == null) {
                    throw new AssertionError("no management answer within 10 s");
                }
                if (!ManagementHelper.hasOperationSucceeded(reply)) {
                    throw new IllegalStateException("management refused: " + ManagementHelper.getResult(reply));
                }
                return ManagementHelper.getResult(reply);
            }
        }
    }

    @Test
    void theAdministratorReadsTheBrokersJournalSettingsAndQueues() throws Exception {
        assertThat(managementAttribute(ADMIN, ADMIN_SECRET, ResourceNames.BROKER, "journalSyncTransactional")).isEqualTo(true);
        assertThat(managementAttribute(ADMIN, ADMIN_SECRET, ResourceNames.BROKER, "persistIDCache")).isEqualTo(true);
        assertThat(managementAttribute(ADMIN, ADMIN_SECRET, ResourceNames.QUEUE + "registry.intake", "messageCount"))
                .isInstanceOf(Number.class);
    }

    @Test
    void nobodyElseManagesTheBroker() {
        for (String[] login : new String[][] {{ERIE_DISTRICT, ERIE_DISTRICT_SECRET}, {CA, CA_SECRET},
                {COURT, COURT_SECRET}}) {
            assertThatThrownBy(() -> managementAttribute(login[0], login[1], ResourceNames.BROKER, "journalSyncTransactional"))
                    .as(login[0]).isInstanceOf(ActiveMQSecurityException.class);
        }
    }

    @Test
    void theAdministratorStillSendsNowhereButTheManagementAddress() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + TestEnvironment.BROKER_PORT);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(ADMIN, ADMIN_SECRET, false, true, true, false, 1)) {
            for (String address : new String[] {"registry.intake", "district.36001.inbound", "court.36047.responses"}) {
                assertThatThrownBy(() -> {
                    try (var producer = session.createProducer(address)) {
                        producer.send(session.createMessage(true));
                    }
                }).as(address).isInstanceOf(ActiveMQSecurityException.class);
            }
        }
    }
}
