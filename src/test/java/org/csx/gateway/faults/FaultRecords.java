package org.csx.gateway.faults;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the load driver and the fault scripts write down, one tab-separated line per record, and the checker
 * reads back. Times are epoch milliseconds on this machine's clock (driver, scripts and servers share it).
 */
final class FaultRecords {

    static final String ATTEMPTS = "attempts.tsv";
    static final String RECEIPTS = "receipts.tsv";
    static final String RESENDS = "resends.tsv";
    static final String GAVE_UP = "gave-up.tsv";
    static final String EVENTS = "events.tsv";

    /** Outcome of one SubmitTransmittal call. */
    enum Outcome { RECEIPT, FAULT, ERROR }

    /** One call during the load: sent, answered (or failed), with what came back. */
    record Attempt(String partner, String serial, long sentAt, long answeredAt, Outcome outcome, String trackingId,
                   boolean resent, String receivedAt, String detail) {
        String line() {
            return join(partner, serial, sentAt, answeredAt, outcome, nz(trackingId), resent, nz(receivedAt), nz(detail));
        }

        static Attempt parse(String[] f) {
            return new Attempt(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Outcome.valueOf(f[4]),
                    f[5], Boolean.parseBoolean(f[6]), f[7], f.length > 8 ? f[8] : "");
        }
    }

    /** The first receipt a partner got for a serial number: the promise the checker holds the gateway to. */
    record Receipt(String partner, String serial, String trackingId, long firstSentAt, long sentAt, long answeredAt,
                   String receivedAt, boolean resent, int attempts) {
        String line() {
            return join(partner, serial, trackingId, firstSentAt, sentAt, answeredAt, receivedAt, resent, attempts);
        }

        static Receipt parse(String[] f) {
            return new Receipt(f[0], f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), f[6],
                    Boolean.parseBoolean(f[7]), Integer.parseInt(f[8]));
        }
    }

    /** The same transmittal sent again after the faults: the answer must be the original tracking id. */
    record Resend(String partner, String serial, String originalTrackingId, String returnedTrackingId, boolean resent,
                  String detail) {
        String line() {
            return join(partner, serial, originalTrackingId, nz(returnedTrackingId), resent, nz(detail));
        }

        static Resend parse(String[] f) {
            return new Resend(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4]), f.length > 5 ? f[5] : "");
        }
    }

    /** A serial number the driver stopped resending without a receipt. */
    record GaveUp(String partner, String serial, int attempts, String lastError) {
        String line() {
            return join(partner, serial, attempts, nz(lastError));
        }

        static GaveUp parse(String[] f) {
            return new GaveUp(f[0], f[1], Integer.parseInt(f[2]), f.length > 3 ? f[3] : "");
        }
    }

    /**
     * What a fault script did and when: {@code kill}, {@code db-stopped}, {@code db-start}, {@code broker-kill},
     * {@code gateway-started}... written by the scripts (lib.sh, {@code event}).
     */
    record Event(long at, String kind, String detail) {
        static Event parse(String[] f) {
            return new Event(Long.parseLong(f[0]), f[1], f.length > 2 ? f[2] : "");
        }
    }

    private FaultRecords() {
    }

    static <T> List<T> read(Path file, Function<String[], T> parser) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<T> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    records.add(parser.apply(line.split("\t", -1)));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of lines written by several threads. */
    static final class Sink implements AutoCloseable {
        private final BufferedWriter out;

        Sink(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        synchronized void write(String line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }

    private static String join(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(String.valueOf(fields[i]).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return line.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
