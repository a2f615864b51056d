package org.csx.gateway.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CSENet valid transactions table (IGD Appendix B): every allowed function + action + reason.
 * A blank reason is its own row (for example {@code LO1 R} with no reason). Immutable, thread-safe.
 */
public final class FarCodeTable {
    static final String DEFAULT_RESOURCE = "reference/csenet-far-codes.csv";

    private final Map<String, String> descriptions;
    private final Set<String> functionActions;

    private FarCodeTable(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
        Set<String> pairs = new HashSet<>();
        for (String key : descriptions.keySet()) {
            pairs.add(key.substring(0, key.lastIndexOf('|')));
        }
        this.functionActions = Set.copyOf(pairs);
    }

    /** The table shipped in the product ({@code classpath:reference/csenet-far-codes.csv}). */
    public static FarCodeTable loadDefault() {
        try (InputStream in = FarCodeTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns: function, action, reason (blank allowed), description. The header row is skipped. */
    public static FarCodeTable load(InputStream in) {
        Map<String, String> descriptions = new HashMap<>();
        for (Map<String, String> row : Csv.read(in, "FAR code table")) {
            String function = row.getOrDefault("function", "");
            String action = row.getOrDefault("action", "");
            if (function.isEmpty() || action.isEmpty()) {
                throw new IllegalArgumentException("FAR code table: a row without function or action");
            }
            String description = row.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("description"))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            descriptions.put(key(function, action, row.get("reason")), description);
        }
        return new FarCodeTable(descriptions);
    }

    /** True when function + action + reason is a row; a null or blank reason means the blank-reason row. */
    public boolean isValid(String function, String action, String reason) {
        return descriptions.containsKey(key(function, action, reason));
    }

    public Optional<String> description(String function, String action, String reason) {
        return Optional.ofNullable(descriptions.get(key(function, action, reason)));
    }

    /** True when the table has any row (with or without a reason) for this function and action. */
    public boolean hasCombination(String function, String action) {
        return functionActions.contains(norm(function) + "|" + norm(action));
    }

    /** True when this function and action may be sent without a reason. */
    public boolean allowsBlankReason(String function, String action) {
        return isValid(function, action, null);
    }

    public int size() {
        return descriptions.size();
    }

    private static String key(String function, String action, String reason) {
        return norm(function) + "|" + norm(action) + "|" + norm(reason);
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim();
    }
}
