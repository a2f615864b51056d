package org.csx.gateway.csenet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of the inbox: which files were processed (by SHA-256, table csenet_file) and which records of
 * them were refused, where and why (csenet_record_error). Every write is idempotent: a file processed again after
 * a crash writes the same rows again harmlessly.
 */
class CsenetFileLedger {

    public enum FileStatus { PROCESSING, DONE }

    private final JdbcTemplate jdbc;

    public CsenetFileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Notes that a file is being processed. Returns the status it already had when it was seen before
     * (DONE: skip it; PROCESSING: an earlier attempt stopped mid-file, process it again), empty when new.
     */
    public Optional<FileStatus> begin(String sha256, String fileName) {
        List<String> inserted = jdbc.queryForList("""
                INSERT INTO csenet_file (sha256, file_name, status, started_at) VALUES (?, ?, 'PROCESSING', ?)
                ON CONFLICT (sha256) DO NOTHING RETURNING status
                """, String.class, sha256, limit(fileName, 255), Timestamp.from(Instant.now()));
        if (!inserted.isEmpty()) {
            return Optional.empty();
        }
        String status = jdbc.queryForObject("SELECT status FROM csenet_file WHERE sha256 = ?", String.class, sha256);
        if (FileStatus.PROCESSING.name().equals(status)) {
            jdbc.update("UPDATE csenet_file SET file_name = ?, started_at = ? WHERE sha256 = ?",
                    limit(fileName, 255), Timestamp.from(Instant.now()), sha256);
        }
        return Optional.of(FileStatus.valueOf(status));
    }

    public void finish(String sha256, CsenetFileSummary summary) {
        jdbc.update("""
                UPDATE csenet_file SET status = 'DONE', finished_at = ?, record_count = ?, queued_count = ?,
                    resent_count = ?, refused_count = ?
                WHERE sha256 = ?
                """, Timestamp.from(Instant.now()), summary.records(), summary.queued(), summary.resent(),
                summary.refused(), sha256);
    }

    /** A refused record: its line in the file, the partner it came from (null when unknown) and why. */
    public void recordError(String sha256, long lineNumber, String partnerId, String serialNumber,
                            CsenetRecordError error) {
        jdbc.update("""
                INSERT INTO csenet_record_error (file_sha256, line_number, partner_id, transaction_serial_number,
                    error_code, field, position, reason, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (file_sha256, line_number) DO NOTHING
                """, sha256, lineNumber, partnerId, serialNumber, error.code().code(), limit(error.field(), 120),
                error.position(), error.reason(), Timestamp.from(Instant.now()));
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
