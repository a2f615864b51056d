package org.csx.gateway.csenet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The CSENet record layout, driven by the field table shipped in the product
 * ({@code reference/csenet-data-block-fields.csv}: block, field, start, end, length, type, required).
 *
 * <p>The CSV lists the header as chart C-4 (as received, 121 bytes). The C-3 tail (as sent, positions 97-127:
 * Sent-Date, Sent-Time, Due-Date, Response-Date, Overdue-Ind) is not in the CSV and is added here from brief 1.8.
 *
 * <p>Loading checks that every block's fields tile the block without gaps or overlaps, that each row's length
 * column agrees with start/end, and that block totals equal the chart lengths in {@link CsenetBlock}; a
 * mismatch fails fast because every offset in the codec depends on it. Load once and share: instances are
 * immutable and thread-safe.
 */
final class CsenetLayout {
    public static final String RESOURCE = "/reference/csenet-data-block-fields.csv";

    /** Positions 1-96 are common to both header variants. */
    static final int COMMON_HEADER_LENGTH = 96;

    private static final class Holder {
        static final CsenetLayout STANDARD = loadResource();
    }

    private final Map<CsenetBlock, BlockLayout> blocks;
    private final Map<HeaderLayout, BlockLayout> headers;

    private CsenetLayout(Map<CsenetBlock, BlockLayout> blocks, Map<HeaderLayout, BlockLayout> headers) {
        this.blocks = blocks;
        this.headers = headers;
    }

    /** The layout from the product's field table, loaded once per JVM. */
    public static CsenetLayout standard() {
        return Holder.STANDARD;
    }

    private static CsenetLayout loadResource() {
        try (InputStream in = CsenetLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CSENet field table not found on the classpath: " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Loads a field table in the CSV format above (header row first). */
    public static CsenetLayout load(InputStream csv) throws IOException {
        Map<CsenetBlock, List<CsenetField>> rows = new EnumMap<>(CsenetBlock.class);
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine(); // column names
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split(",", -1);
            if (c.length != 7) {
                throw new IllegalStateException("Field table line " + lineNumber + ": expected 7 columns");
            }
            CsenetBlock block = blockNamed(c[0].trim(), lineNumber);
            int start = Integer.parseInt(c[2].trim());
            int end = Integer.parseInt(c[3].trim());
            int length = Integer.parseInt(c[4].trim());
            if (end - start + 1 != length) {
                throw new IllegalStateException("Field table line " + lineNumber + ": length " + length
                        + " disagrees with positions " + start + "-" + end);
            }
            rows.computeIfAbsent(block, b -> new ArrayList<>()).add(new CsenetField(block, c[1].trim(), start, end,
                    "N".equals(c[5].trim()), Boolean.parseBoolean(c[6].trim())));
        }

        Map<CsenetBlock, BlockLayout> blocks = new EnumMap<>(CsenetBlock.class);
        for (CsenetBlock block : CsenetBlock.values()) {
            List<CsenetField> fields = rows.get(block);
            if (fields == null) {
                throw new IllegalStateException("Field table has no rows for " + block.csvName());
            }
            BlockLayout layout = new BlockLayout(block, fields);
            if (layout.length() != block.length()) {
                throw new IllegalStateException(block.csvName() + " fields total " + layout.length()
                        + " bytes, the IGD chart says " + block.length());
            }
            blocks.put(block, layout);
        }

        Map<HeaderLayout, BlockLayout> headers = new EnumMap<>(HeaderLayout.class);
        headers.put(HeaderLayout.RECEIVED, blocks.get(CsenetBlock.HEADER));
        headers.put(HeaderLayout.SENT, sentHeader(blocks.get(CsenetBlock.HEADER)));
        for (HeaderLayout h : HeaderLayout.values()) {
            if (headers.get(h).length() != h.length()) {
                throw new IllegalStateException("Header " + h + " is " + headers.get(h).length() + " bytes, expected "
                        + h.length());
            }
        }
        return new CsenetLayout(blocks, headers);
    }

    /** Chart C-3: the common positions 1-96 plus the as-sent tail (brief 1.8). */
    private static BlockLayout sentHeader(BlockLayout received) {
        List<CsenetField> fields = new ArrayList<>();
        for (CsenetField f : received.fields()) {
            if (f.end() <= COMMON_HEADER_LENGTH) {
                fields.add(f);
            }
        }
        fields.add(new CsenetField(CsenetBlock.HEADER, "Sent-Date", 97, 104, true, false));
        fields.add(new CsenetField(CsenetBlock.HEADER, "Sent-Time", 105, 110, true, false));
        fields.add(new CsenetField(CsenetBlock.HEADER, "Due-Date", 111, 118, true, false));
        fields.add(new CsenetField(CsenetBlock.HEADER, "Response-Date", 119, 126, true, false));
        fields.add(new CsenetField(CsenetBlock.HEADER, "Overdue-Ind", 127, 127, true, false));
        return new BlockLayout(CsenetBlock.HEADER, fields);
    }

    private static CsenetBlock blockNamed(String csvName, int lineNumber) {
        for (CsenetBlock b : CsenetBlock.values()) {
            if (b.csvName().equals(csvName)) {
                return b;
            }
        }
        throw new IllegalStateException("Field table line " + lineNumber + ": unknown block '" + csvName + "'");
    }

    /** A data block's layout. For {@link CsenetBlock#HEADER} this is the C-4 (received) variant. */
    public BlockLayout block(CsenetBlock block) {
        return blocks.get(block);
    }

    public BlockLayout header(HeaderLayout variant) {
        return headers.get(variant);
    }

    public CsenetField field(CsenetBlock block, String name) {
        return blocks.get(block).field(name);
    }

    public int length(CsenetBlock block) {
        return blocks.get(block).length();
    }
}
