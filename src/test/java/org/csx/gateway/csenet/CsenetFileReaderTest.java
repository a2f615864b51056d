package org.csx.gateway.csenet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsenetFileReaderTest {
    private final CsenetTransactionParser parser = new CsenetTransactionParser();
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();

    @TempDir
    Path dir;

    @Test
    void anEmptyFileYieldsNoRecords() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        try (Stream<CsenetRecord> records = CsenetFileReader.records(file)) {
            assertThat(records).isEmpty();
        }
    }

    @Test
    void crLfAndLfEndingsAndAMissingFinalTerminator() throws IOException {
        String a = record(1);
        String b = record(2);
        String c = record(3);
        List<CsenetRecord> records = read((a + "\r\n" + b + "\n" + c).getBytes(StandardCharsets.US_ASCII));
        assertThat(records).extracting(CsenetRecord::raw).containsExactly(a, b, c);
        assertThat(records).extracting(CsenetRecord::lineNumber).containsExactly(1L, 2L, 3L);
        assertThat(records).allMatch(r -> parser.parse(r, HeaderLayout.RECEIVED).isSuccess());
    }

    @Test
    void aBadMiddleLineDoesNotStopTheOthers() throws IOException {
        String good1 = record(1);
        String bad = record(2).substring(0, 500);
        String good3 = record(3);
        Path file = dir.resolve("three.txt");
        Files.writeString(file, good1 + "\r\n" + bad + "\r\n" + good3 + "\r\n", StandardCharsets.US_ASCII);

        try (Stream<CsenetRecord> records = CsenetFileReader.records(file)) {
            List<CsenetParseResult> results = records.map(r -> parser.parse(r, HeaderLayout.RECEIVED)).toList();
            assertThat(results).extracting(CsenetParseResult::isSuccess).containsExactly(true, false, true);
            assertThat(results.get(1).firstError().orElseThrow().code()).isEqualTo(CsenetErrorCode.RECORD_TRUNCATED);
            assertThat(results.get(2).transmittal().orElseThrow().getHeader().getTransactionSerialNumber())
                    .isEqualTo("000000000003");
        }
    }

    @Test
    void bytesOutsidePrintableAsciiAreAnErrorForThatRecordOnly() throws IOException {
        byte[] good = record(1).getBytes(StandardCharsets.US_ASCII);
        byte[] bad = record(2).getBytes(StandardCharsets.US_ASCII);
        bad[140] = (byte) 0xC3; // a UTF-8 lead byte
        bad[141] = (byte) 0xA9;
        byte[] file = concat(good, "\n".getBytes(), bad, "\n".getBytes(), good);

        List<CsenetRecord> records = read(file);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).isReadable()).isTrue();
        assertThat(records.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(CsenetErrorCode.NOT_ASCII);
            assertThat(e.position()).isEqualTo(141);
        });
        assertThat(records.get(1).raw()).hasSize(bad.length); // one char per byte, nothing lost
        assertThat(parser.parse(records.get(1), HeaderLayout.RECEIVED).isSuccess()).isFalse();
        assertThat(parser.parse(records.get(2), HeaderLayout.RECEIVED).isSuccess()).isTrue();
    }

    @Test
    void aStrayCarriageReturnInsideALineIsNotALineBreak() throws IOException {
        List<CsenetRecord> records = read("AB\rCD\nEF\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(records).extracting(CsenetRecord::raw).containsExactly("AB\rCD", "EF");
        assertThat(records.get(0).isReadable()).isFalse();
        assertThat(records.get(1).isReadable()).isTrue();
    }

    @Test
    void anOverlongLineIsCutAndRejectedWithoutReadingItIntoMemory() throws IOException {
        byte[] huge = "X".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        List<CsenetRecord> records = read(concat(huge, "\n".getBytes(), record(1).getBytes()));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).raw()).hasSize(CsenetFileReader.MAX_RECORD_LENGTH + 1);
        assertThat(parser.parse(records.get(0), HeaderLayout.RECEIVED).isSuccess()).isFalse();
        assertThat(parser.parse(records.get(1), HeaderLayout.RECEIVED).isSuccess()).isTrue();
    }

    @Test
    void streamsALargeFileRecordByRecord() throws IOException {
        int count = 50_000;
        Path file = dir.resolve("large.txt");
        CsenetSampleGenerator generator = new CsenetSampleGenerator(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < count; i++) {
                out.write(generator.nextRecord(HeaderLayout.RECEIVED));
                out.write('\n');
            }
        }
        long parsed = 0;
        long lastLine = 0;
        try (CsenetFileReader reader = CsenetFileReader.open(file)) {
            while (reader.hasNext()) {
                CsenetRecord r = reader.next();
                lastLine = r.lineNumber();
                if (parser.parse(r, HeaderLayout.RECEIVED).isSuccess()) {
                    parsed++;
                }
            }
        }
        assertThat(lastLine).isEqualTo(count);
        assertThat(parsed).isEqualTo(count);
    }

    private String record(int serial) {
        var t = new TransmittalFixture(1, 1, 0).transmittal;
        t.getHeader().setTransactionSerialNumber(String.format("%012d", serial));
        return writer.write(t, HeaderLayout.RECEIVED);
    }

    private static List<CsenetRecord> read(byte[] bytes) throws IOException {
        try (CsenetFileReader reader = new CsenetFileReader(new ByteArrayInputStream(bytes))) {
            Iterator<CsenetRecord> it = reader;
            List<CsenetRecord> out = new java.util.ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
