package org.csx.gateway.console;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One page of a worklist: which page of how many, and the links to the pages before and after (the other lists
 * stay on the page they were on). A list of 40,000 cases is read and rendered {@link #SIZE} at a time.
 */
record Pager(String list, int page, int pages, long total, long first, long last, String previous, String next) {

    static final int SIZE = 50;

    /** The page asked for ({@code 1} when missing or not a number), within the pages there are. */
    static int requested(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    static long offset(int page) {
        return (long) (page - 1) * SIZE;
    }

    /** {@code current}: every list's page now, by its parameter name; {@code anchor}: the list's section id. */
    static Pager of(String list, String anchor, int page, long total, int shown, Map<String, Integer> current) {
        int pages = pages(total);
        long first = shown == 0 ? 0 : offset(page) + 1;
        return new Pager(list, page, pages, total, first, first == 0 ? 0 : first + shown - 1,
                page > 1 ? href(current, list, page - 1, anchor) : null,
                page < pages ? href(current, list, page + 1, anchor) : null);
    }

    public boolean paged() {
        return pages > 1;
    }

    private static String href(Map<String, Integer> current, String list, int page, String anchor) {
        Map<String, Integer> pages = new TreeMap<>(current);
        pages.put(list, page);
        return "/?" + pages.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")) + "#" + anchor;
    }
}
