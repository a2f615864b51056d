package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void aNameIsRefusedAfterItsFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked("ca-dcss", "10.0.0." + i)).isFalse();
            throttle.failed("ca-dcss", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("ca-dcss", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("tx-oag", "10.0.0.9")).isFalse();

        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(throttle.isBlocked("ca-dcss", "10.0.0.9")).isFalse();
    }

    @Test
    void anAddressIsRefusedAfterFailuresForManyNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess-" + i, "192.0.2.1");
        }
        assertThat(throttle.isBlocked("anyone", "192.0.2.1")).isTrue();
        assertThat(throttle.isBlocked("anyone", "192.0.2.2")).isFalse();
    }

    @Test
    void unknownNamesAreCountedLikeKnownOnesAndSuccessClearsAName() {
        throttle.failed("no-such-partner", "a");
        throttle.failed("no-such-partner", "b");
        throttle.failed("no-such-partner", "c");
        assertThat(throttle.isBlocked("no-such-partner", "d")).isTrue();

        throttle.failed("ca-dcss", "a");
        throttle.failed("ca-dcss", "a");
        throttle.succeeded("ca-dcss");
        throttle.failed("ca-dcss", "b");
        assertThat(throttle.isBlocked("ca-dcss", "c")).isFalse();
    }
}
