package org.csx.gateway.scaleout;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Counts, on the broker, what reached the district queues: every second it writes
 * {@code <epoch ms> TAB <messages added to district.*.inbound, summed>} to {@code --out}, from the broker's own
 * queue counters (management, as an administrator), until {@code --stop-file} appears. The scale-out script
 * turns two lines of it into referrals per second. Not a test: run by src/test/scripts/scaleout.
 */
public final class DistrictQueueRate {

    private DistrictQueueRate() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(o.get("out"));
        Path stop = Path.of(o.get("stop-file"));
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(o.get("broker-url"));
        try (QueueConnection connection = factory.createQueueConnection(o.get("broker-user"), o.get("broker-password"))) {
            connection.start();
            while (!Files.exists(stop)) {
                long now = System.currentTimeMillis();
                long sum = 0;
                try (QueueSession session = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE)) {
                    QueueRequestor requestor = new QueueRequestor(session, ActiveMQJMSClient.createQueue("activemq.management"));
                    for (String queue : districtQueues(requestor, session)) {
                        Object added = attribute(requestor, session, ResourceNames.QUEUE + queue, "messagesAdded");
                        sum += ((Number) added).longValue();
                    }
                }
                Files.writeString(out, now + "\t" + sum + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                long wait = 1000 - (System.currentTimeMillis() - now);
                if (wait > 0) {
                    TimeUnit.MILLISECONDS.sleep(wait);
                }
            }
        }
    }

    private static List<String> districtQueues(QueueRequestor requestor, QueueSession session) throws Exception {
        List<String> names = new ArrayList<>();
        if (attribute(requestor, session, ResourceNames.BROKER, "queueNames") instanceof Object[] all) {
            for (Object n : all) {
                String name = String.valueOf(n);
                if (name.startsWith("district.") && name.endsWith(".inbound")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Object attribute(QueueRequestor requestor, QueueSession session, String resource, String name)
            throws JMSException, IOException {
        Message request = session.createMessage();
        JMSManagementHelper.putAttribute(request, resource, name);
        Message reply = requestor.request(request);
        if (reply == null || !JMSManagementHelper.hasOperationSucceeded(reply)) {
            throw new IOException("management refused " + resource + "." + name);
        }
        try {
            return JMSManagementHelper.getResult(reply);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
