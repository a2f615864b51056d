package org.csx.gateway.csenet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The ordered fields of one block (or of one header variant) and its total length. */
final class BlockLayout {
    private final CsenetBlock block;
    private final int length;
    private final Map<String, CsenetField> fieldsByName;

    BlockLayout(CsenetBlock block, List<CsenetField> fields) {
        this.block = block;
        Map<String, CsenetField> byName = new LinkedHashMap<>();
        int expectedStart = 1;
        for (CsenetField f : fields) {
            // The layout must tile the block exactly: no gap, no overlap, no duplicate name.
            if (f.start() != expectedStart || f.end() < f.start()) {
                throw new IllegalStateException(block + " field " + f.name() + " starts at " + f.start()
                        + ", expected " + expectedStart);
            }
            if (byName.put(f.name(), f) != null) {
                throw new IllegalStateException(block + " field " + f.name() + " is listed twice");
            }
            expectedStart = f.end() + 1;
        }
        this.length = expectedStart - 1;
        this.fieldsByName = Collections.unmodifiableMap(byName);
    }

    public CsenetBlock block() {
        return block;
    }

    public int length() {
        return length;
    }

    public List<CsenetField> fields() {
        return List.copyOf(fieldsByName.values());
    }

    /** The field with this IGD name; an unknown name is a programming error. */
    public CsenetField field(String name) {
        CsenetField f = fieldsByName.get(name);
        if (f == null) {
            throw new NoSuchElementException("No field '" + name + "' in " + block.csvName());
        }
        return f;
    }
}
