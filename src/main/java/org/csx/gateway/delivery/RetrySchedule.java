package org.csx.gateway.delivery;

import java.time.Duration;

/**
 * Exponential back-off: after attempt n (1-based) fails, wait first * 2^(n-1), at most max; after the last allowed
 * attempt there is no next one.
 */
record RetrySchedule(int maxAttempts, Duration first, Duration max) {

    RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("csx.delivery.max-attempts must be at least 1");
        }
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("csx.delivery.first-retry-delay must be positive and at most max-retry-delay");
        }
    }

    /** Whether another attempt follows the failed attempt number {@code attempts}. */
    boolean retriesAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after failed attempt number {@code attempts} (1-based). */
    Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
