package org.csx.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per login name and per remote address in a sliding window. Past the limit further
 * attempts are refused without checking the secret until the window has passed. Names that do not exist are
 * counted like names that do, so the answer never tells which.
 */
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byName = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerName, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether an attempt for this name from this address is refused now. */
    public boolean isBlocked(String name, String address) {
        Instant since = clock.instant().minus(window);
        return recent(byName, key(name), since) >= maxPerName || recent(byAddress, key(address), since) >= maxPerAddress;
    }

    public void failed(String name, String address) {
        if (byName.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
            prune();
        }
        Instant now = clock.instant();
        record(byName, key(name), now);
        record(byAddress, key(address), now);
    }

    public void succeeded(String name) {
        byName.remove(key(name));
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }

    private static void record(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            if (times.size() > 1000) {
                times.removeFirst();
            }
        }
    }

    private static int recent(Map<String, Deque<Instant>> map, String key, Instant since) {
        Deque<Instant> times = map.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private void prune() {
        Instant since = clock.instant().minus(window);
        byName.keySet().removeIf(k -> recent(byName, k, since) == 0);
        byAddress.keySet().removeIf(k -> recent(byAddress, k, since) == 0);
    }
}
