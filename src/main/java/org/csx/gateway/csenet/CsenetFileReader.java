package org.csx.gateway.csenet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a CSENet file one record (line) at a time, in constant memory whatever the file size.
 *
 * <p>Lines end with LF or CR LF; the last line may lack a terminator; an empty file yields no records. Bytes are
 * decoded as ISO-8859-1 (one char per byte, never fails) and then checked: a line with a byte outside printable
 * ASCII (0x20-0x7E), including a stray CR, gets an error on that record only and reading goes on. A line longer
 * than the longest legal CSENet record (127 + 8,354 = 8,481 bytes) is cut at {@value #MAX_RECORD_LENGTH} + 1
 * bytes, so a file without line breaks cannot exhaust memory; the parser then rejects it as too long.
 *
 * <p>Use as an {@link Iterator} or through {@link #stream()}; close it (try-with-resources) to release the file.
 * Not thread-safe.
 */
final class CsenetFileReader implements Iterator<CsenetRecord>, Closeable {
    /** Longest legal record: the 127-byte sent header plus every block at its maximum count. */
    public static final int MAX_RECORD_LENGTH = 8481;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final byte[] line = new byte[MAX_RECORD_LENGTH + 1];
    private long lineNumber;
    private CsenetRecord next;
    private boolean eof;

    public CsenetFileReader(InputStream in) {
        this.in = in; // buffered here, see read()
    }

    public static CsenetFileReader open(Path file) throws IOException {
        return new CsenetFileReader(Files.newInputStream(file));
    }

    /** All records of a file as a stream; closing the stream closes the file. */
    public static Stream<CsenetRecord> records(Path file) throws IOException {
        return open(file).stream();
    }

    /** The remaining records as a sequential stream that closes this reader when closed. */
    public Stream<CsenetRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::closeQuietly);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !eof) {
            next = readRecord();
        }
        return next != null;
    }

    @Override
    public CsenetRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsenetRecord record = next;
        next = null;
        return record;
    }

    private CsenetRecord readRecord() {
        try {
            int length = 0;
            int b;
            boolean sawAny = false;
            while ((b = read()) != -1) {
                sawAny = true;
                if (b == '\n') {
                    break;
                }
                if (length < line.length) {
                    line[length] = (byte) b;
                }
                length++; // keeps counting past the buffer so an over-long line is still consumed whole
            }
            if (b == -1) {
                eof = true;
                if (!sawAny) {
                    return null;
                }
            }
            int kept = Math.min(length, line.length);
            if (length <= line.length && kept > 0 && line[kept - 1] == '\r') {
                kept--;
            }
            lineNumber++;
            String raw = new String(line, 0, kept, StandardCharsets.ISO_8859_1);
            return new CsenetRecord(lineNumber, raw, asciiErrors(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CSENet file at line " + (lineNumber + 1), e);
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    private static List<CsenetRecordError> asciiErrors(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return List.of(new CsenetRecordError(CsenetErrorCode.NOT_ASCII, "record", i + 1,
                        "byte 0x" + Integer.toHexString(c) + " outside printable ASCII"));
            }
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
