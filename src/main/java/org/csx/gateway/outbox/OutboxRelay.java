package org.csx.gateway.outbox;

import org.csx.gateway.contract.MessageHeaders;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.sql.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: takes PENDING rows (FOR UPDATE SKIP LOCKED, so several instances never take the same
 * row), sends them in ONE broker transaction, each with its key as the Artemis duplicate id, and only after
 * the broker commit marks them DELIVERED. A crash after the broker commit and before the database commit
 * leaves the rows PENDING: they are sent again with the same duplicate id and the broker drops the copies.
 *
 * <p>The broker session is the relay's own, not one Spring ties to the database transaction: Spring would
 * commit such a session after the database, the wrong order.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ConnectionFactory connectionFactory;
    private final OutboxProperties properties;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json = new ObjectMapper();

    private volatile boolean running;
    private Thread thread;
    private Connection connection;
    private Session session;
    private final Map<String, MessageProducer> producers = new HashMap<>();

    public OutboxRelay(Outbox outbox, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       ConnectionFactory connectionFactory, OutboxProperties properties, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.connectionFactory = connectionFactory;
        this.properties = properties;
    }

    /** The next pending rows, each taken by one instance only. */
    static final String PENDING = """
            SELECT id, dedup_key, destination, body, headers::text FROM outbox_message
            WHERE status = 'PENDING' ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
            """;

    /** Rows the broker has taken: marked, and their bodies (personal data) cleared. */
    static final String DELIVERED = """
            UPDATE outbox_message SET status = 'DELIVERED', delivered_at = now(), attempts = attempts + 1,
                body = NULL, last_error = NULL
            WHERE id = ANY (?)
            """;

    private record Row(long id, String dedupKey, String destination, String body, String headers) {
    }

    /**
     * Sends one batch of pending messages.
     *
     * @return how many were delivered
     */
    public synchronized int drainOnce() {
        Integer delivered = transaction.execute(tx -> {
            List<Row> rows = jdbc.query(PENDING, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    properties.getBatchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(DELIVERED);
                Array array = connection.createArrayOf("bigint", ids);
                statement.setArray(1, array);
                return statement;
            });
            return rows.size();
        });
        return delivered == null ? 0 : delivered;
    }

    private void send(List<Row> rows) {
        try {
            Session s = session();
            for (Row row : rows) {
                producer(s, row.destination()).send(message(s, row));
            }
            s.commit();
        } catch (JMSException | RuntimeException e) {
            closeQuietly();
            // Artemis refuses a whole transaction that holds a message whose duplicate id it has seen (a row sent
            // just before a crash, never marked): one such row would block every batch after it. Send the batch
            // again one message at a time, outside a transaction, where the broker drops a duplicate silently.
            sendOneByOne(rows, e);
        }
    }

    private void sendOneByOne(List<Row> rows, Exception batchFailure) {
        Connection single = null;
        try {
            single = connectionFactory.createConnection();
            Session s = single.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Map<String, MessageProducer> byDestination = new HashMap<>();
            for (Row row : rows) {
                MessageProducer producer = byDestination.get(row.destination());
                if (producer == null) {
                    producer = s.createProducer(s.createQueue(row.destination()));
                    producer.setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT);
                    byDestination.put(row.destination(), producer);
                }
                producer.send(message(s, row)); // blocks until journaled (blockOnDurableSend)
            }
            log.info("Outbox relay sent a batch of {} one by one after the broker refused it as a transaction ({})",
                    rows.size(), describe(batchFailure));
        } catch (JMSException | RuntimeException e) {
            e.addSuppressed(batchFailure);
            throw new OutboxRelayException("the broker did not take " + rows.size() + " outbox message(s)", e);
        } finally {
            if (single != null) {
                try {
                    single.close();
                } catch (JMSException ignored) {
                    // discarded either way
                }
            }
        }
    }

    private TextMessage message(Session s, Row row) throws JMSException {
        TextMessage message = s.createTextMessage(row.body() == null ? null : cipher.open(row.body(), Outbox.context(row.dedupKey())));
        for (Map.Entry<String, String> header : headers(row).entrySet()) {
            message.setStringProperty(header.getKey(), header.getValue());
        }
        message.setStringProperty(DUPLICATE_ID, row.dedupKey());
        // readable by consumers (Artemis keeps the duplicate id to itself): the delivery of a partner's message is
        // keyed by it, and the transmittal's history joins its outbox row to that delivery (docs/delivery.md)
        message.setStringProperty(MessageHeaders.OUTBOX_KEY, row.dedupKey());
        return message;
    }

    private Map<String, String> headers(Row row) {
        try {
            return json.readValue(row.headers(), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("outbox message " + row.id() + " has unreadable headers", e);
        }
    }

    private Session session() throws JMSException {
        if (session == null) {
            connection = connectionFactory.createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
        }
        return session;
    }

    private MessageProducer producer(Session s, String destination) throws JMSException {
        MessageProducer producer = producers.get(destination);
        if (producer == null) {
            producer = s.createProducer(s.createQueue(destination));
            producers.put(destination, producer);
        }
        return producer;
    }

    private void closeQuietly() {
        producers.clear();
        try {
            if (session != null) {
                session.rollback();
            }
        } catch (JMSException | RuntimeException ignored) {
            // the session is discarded either way
        }
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException | RuntimeException ignored) {
            // the connection is discarded either way
        }
        session = null;
        connection = null;
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                if (backoff > 0) {
                    outbox.awaitWork(backoff);
                }
                int delivered = drainOnce();
                if (backoff > 0) {
                    log.info("Outbox relay delivering again");
                }
                backoff = 0;
                if (delivered < properties.getBatchSize()) {
                    outbox.awaitWork(properties.getPollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff == 0 ? 500 : Math.min(backoff * 2, properties.getMaxBackoff().toMillis());
                log.warn("Outbox relay could not deliver ({}); next attempt in {} ms", describe(e), backoff);
            }
        }
    }

    /** The exception types only: driver messages can quote row values. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            text.append(" <- ").append(c.getClass().getSimpleName());
        }
        return text.toString();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        // below the HTTP threads, like processing: what it sends was committed, nobody waits on the line for it
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                // still inside a send (a broker that does not answer): it holds this monitor, and waiting for it
                // would hold up the whole stop. Its batch was not marked delivered, so it is sent again at the next start.
                log.warn("Outbox relay still sending after 10 s; stopping without it");
                return;
            }
        }
        synchronized (this) {
            closeQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static class OutboxRelayException extends RuntimeException {
        OutboxRelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
