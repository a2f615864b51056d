package org.csx.gateway.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * State and county FIPS codes, used to check the state and county parts of a 7-character locator code.
 * County {@code 000} (a state-level office) exists for every state in the table.
 *
 * <p>Replaceable and effective-dated: the loader accepts optional {@code effective_from} and {@code effective_to}
 * columns (ISO dates, inclusive; blank = open-ended), because county-equivalents change (Connecticut's planning
 * regions replaced its counties in 2022). A table built by {@link #load} holds every row; {@link #asOf} gives the
 * view of the rows in force on a date. Immutable, thread-safe.
 */
public final class FipsCountyTable {
    static final String DEFAULT_RESOURCE = "reference/fips-counties.csv";
    static final String STATE_LEVEL_COUNTY = "000";

    /** A county or county-equivalent. */
    public record County(String stateAbbreviation, String stateFips, String countyFips, String name) {
        /** State FIPS followed by county FIPS, e.g. {@code 36001}. */
        public String fips5() {
            return stateFips + countyFips;
        }
    }

    private record Entry(County county, LocalDate from, LocalDate to) {
        boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final List<Entry> entries;
    private final boolean dated;
    private volatile InForce lastAsOf;
    private final Map<String, List<County>> countiesByState;
    private final Map<String, County> countiesByFips5;

    private FipsCountyTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.dated = this.entries.stream().anyMatch(e -> e.from != null || e.to != null);
        Map<String, List<County>> byState = new HashMap<>();
        Map<String, County> byFips5 = new HashMap<>();
        for (Entry e : this.entries) {
            byFips5.putIfAbsent(e.county.fips5(), e.county);
            byState.computeIfAbsent(e.county.stateFips(), k -> new ArrayList<>()).add(e.county);
        }
        byState.replaceAll((state, list) -> list.stream().distinct()
                .sorted(Comparator.comparing(County::countyFips)).toList());
        this.countiesByState = Map.copyOf(byState);
        this.countiesByFips5 = Map.copyOf(byFips5);
    }

    /** The table shipped in the product ({@code classpath:reference/fips-counties.csv}). */
    public static FipsCountyTable loadDefault() {
        try (InputStream in = FipsCountyTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Columns by header name: {@code state, statefp, countyfp, countyname}, optionally {@code classfp},
     * {@code effective_from}, {@code effective_to}. Other columns are ignored.
     */
    public static FipsCountyTable load(InputStream in) {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, String> row : Csv.read(in, "FIPS county table")) {
            String stateFips = row.getOrDefault("statefp", "");
            String countyFips = row.getOrDefault("countyfp", "");
            if (!stateFips.matches("[0-9]{2}") || !countyFips.matches("[0-9]{3}")) {
                throw new IllegalArgumentException("FIPS county table: bad state or county code in a row");
            }
            County county = new County(row.getOrDefault("state", ""), stateFips, countyFips,
                    row.getOrDefault("countyname", ""));
            entries.add(new Entry(county, date(row.get("effective_from")), date(row.get("effective_to"))));
        }
        return new FipsCountyTable(entries);
    }

    /** The rows in force on {@code date}; a state exists on that date when at least one of its rows is in force. */
    public FipsCountyTable asOf(LocalDate date) {
        if (!dated) {
            return this; // an undated table is always in force
        }
        // Asked for every transmittal, and "today" changes once a day: keep the last answer.
        InForce last = lastAsOf;
        if (last != null && last.date().equals(date)) {
            return last.table();
        }
        FipsCountyTable table = new FipsCountyTable(entries.stream().filter(e -> e.inForceOn(date)).toList());
        lastAsOf = new InForce(date, table);
        return table;
    }

    private record InForce(LocalDate date, FipsCountyTable table) {
    }

    public boolean stateExists(String stateFips) {
        return stateFips != null && countiesByState.containsKey(stateFips);
    }

    /** True for a listed county, and for {@code 000} (state-level office) in any existing state. */
    public boolean countyExists(String stateFips, String countyFips) {
        if (STATE_LEVEL_COUNTY.equals(countyFips)) {
            return stateExists(stateFips);
        }
        return county(stateFips, countyFips).isPresent();
    }

    /** The listed county; empty for {@code 000}, which names the state-level office rather than a county. */
    public Optional<County> county(String stateFips, String countyFips) {
        if (stateFips == null || countyFips == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countiesByFips5.get(stateFips + countyFips));
    }

    public List<County> countiesOf(String stateFips) {
        return stateFips == null ? List.of() : countiesByState.getOrDefault(stateFips, List.of());
    }

    public Optional<String> stateAbbreviation(String stateFips) {
        return countiesOf(stateFips).stream().map(County::stateAbbreviation).findFirst();
    }

    /** Number of county rows (every row, whatever its dates). */
    public int size() {
        return entries.size();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    }
}
