package org.csx.gateway.csenet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partners' outboxes: CSENet records for a partner are first <em>staged</em> in PostgreSQL
 * (csenet_outbox_record), then {@link #flush() written out} as whole files.
 *
 * <p><b>Why staged.</b> Several consumers (and several gateway instances) produce records for one partner, and any
 * of them may crash mid-way. Appending to a shared file would interleave, tear lines and, after a redelivery,
 * append the same record twice. Instead each record is inserted once per dedupe key (an acknowledgment redelivered
 * by the broker inserts nothing new) in the producer's own transaction, and a single flush per partner writes every
 * pending record into a new file: to a hidden temp file {@code .NAME.tmp}, forced to disk, then renamed atomically
 * to {@code NAME}, and only then marked written. A file in an outbox is therefore always complete.
 *
 * <p><b>Crashes.</b> Dying before the rename leaves a temp file (overwritten by the next attempt) and the records
 * pending. Dying between the rename and the database commit writes the same records again at the next flush, to
 * the same file name (it derives from the first record's id), so the file is replaced, not duplicated. Should a
 * transfer have taken the file in between, the second copy carries the same serial numbers, and CSENet receivers
 * detect duplicates by serial number (brief 1.8).
 *
 * <p><b>Files.</b> {@code outbox/<partner>/CSENET-<partner>-<yyyyMMdd>-<first id>.txt} for transactions (SENT
 * layout, one per line, LF), {@code outbox/<partner>/ERRORS-<partner>-<yyyyMMdd>-<first id>.txt} for error
 * records (145 bytes, Txn-Counter = the record's position in that file). Records whose sender could not be told
 * go to {@code outbox/_unidentified/} for staff. Rows are locked with SKIP LOCKED, so concurrent flushes never
 * write the same record.
 */
public class CsenetOutbox {

    private static final Logger log = LoggerFactory.getLogger(CsenetOutbox.class);
    /** Outbox of records no partner could be found for; not a valid partner id, so it cannot clash with one. */
    public static final String UNIDENTIFIED = "_unidentified";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    public enum Kind {
        TRANSACTION("CSENET"), ERROR("ERRORS");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Path root;
    private final int maxRecordsPerFile;

    public CsenetOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Path root,
                        int maxRecordsPerFile) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.root = root;
        this.maxRecordsPerFile = maxRecordsPerFile;
    }

    public Path root() {
        return root;
    }

    public Path directory(String partnerId) {
        return root.resolve(partnerId);
    }

    /** Our next transaction serial number (12 digits): unique, increasing, never reused. */
    public String nextSerialNumber() {
        Long next = jdbc.queryForObject("SELECT nextval('csenet_outbound_serial')", Long.class);
        return String.format("%012d", next);
    }

    /**
     * Stages a record for a partner's outbox, once per dedupe key.
     *
     * @return true if staged now, false if that key was already staged (a redelivery)
     */
    public boolean stage(String dedupeKey, String partnerId, Kind kind, String record) {
        return jdbc.update("""
                INSERT INTO csenet_outbox_record (dedupe_key, partner_id, kind, record, staged_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
                """, dedupeKey, partnerId, kind.name(), record, Timestamp.from(Instant.now())) == 1;
    }

    public boolean isStaged(String dedupeKey) {
        return !jdbc.queryForList("SELECT 1 FROM csenet_outbox_record WHERE dedupe_key = ?", Integer.class, dedupeKey)
                .isEmpty();
    }

    /** Writes every pending record into files. @return the files written */
    public List<Path> flush() {
        List<Path> written = new ArrayList<>();
        List<Map<String, Object>> pending = jdbc.queryForList(
                "SELECT DISTINCT partner_id, kind FROM csenet_outbox_record WHERE file_name IS NULL");
        for (Map<String, Object> row : pending) {
            String partnerId = (String) row.get("partner_id");
            Kind kind = Kind.valueOf((String) row.get("kind"));
            Path file;
            do {
                file = transaction.execute(tx -> writeOneFile(partnerId, kind));
                if (file != null) {
                    written.add(file);
                }
            } while (file != null);
        }
        return written;
    }

    /** One file of up to maxRecordsPerFile pending records, in one database transaction; null when none. */
    private Path writeOneFile(String partnerId, Kind kind) {
        List<Long> ids = new ArrayList<>();
        Path directory = directory(partnerId);
        Path[] temp = new Path[1];
        Writer[] out = new Writer[1];
        FileChannel[] channel = new FileChannel[1];
        String[] name = new String[1];
        try {
            jdbc.query("""
                    SELECT id, record, staged_at FROM csenet_outbox_record
                    WHERE partner_id = ? AND kind = ? AND file_name IS NULL
                    ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
                    """, rs -> {
                        try {
                            long id = rs.getLong(1);
                            if (out[0] == null) {
                                name[0] = kind.prefix + "-" + partnerId + "-"
                                        + DAY.format(rs.getTimestamp(3).toInstant()) + "-" + String.format("%012d", id)
                                        + ".txt";
                                OwnerOnlyFiles.directory(root);
                                OwnerOnlyFiles.directory(directory);
                                temp[0] = directory.resolve("." + name[0] + ".tmp");
                                Files.deleteIfExists(temp[0]);
                                // owner-only from its first byte (0600), like every file holding case data
                                OwnerOnlyFiles.createFile(temp[0]);
                                channel[0] = FileChannel.open(temp[0], StandardOpenOption.TRUNCATE_EXISTING,
                                        StandardOpenOption.WRITE);
                                out[0] = Channels.newWriter(channel[0], StandardCharsets.US_ASCII);
                            }
                            ids.add(id);
                            String record = rs.getString(2);
                            if (kind == Kind.ERROR) {
                                // Txn-Counter (positions 1-6): the record's position in this error file
                                record = String.format("%06d", ids.size()) + record.substring(6);
                            }
                            out[0].write(record);
                            out[0].write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, partnerId, kind.name(), maxRecordsPerFile);
            if (ids.isEmpty()) {
                return null;
            }
            out[0].flush();
            channel[0].force(true);
            out[0].close();
            Path target = directory.resolve(name[0]);
            Files.move(temp[0], target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            jdbc.update(connection -> {
                var statement = connection.prepareStatement(
                        "UPDATE csenet_outbox_record SET file_name = ?, written_at = now() WHERE id = ANY (?)");
                statement.setString(1, name[0]);
                statement.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                return statement;
            });
            log.info("Wrote {} {} record(s) for partner {} to {}", ids.size(), kind, partnerId, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outbox file for partner " + partnerId, e);
        } finally {
            if (out[0] != null) {
                try {
                    out[0].close();
                } catch (IOException ignored) {
                    // already closed after a successful write
                }
            }
        }
    }
}
