package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DurabilityCheckTest {

    @Test
    void aServerThatFlushesEveryCommitPasses() {
        assertThat(DurabilityCheck.problems(Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on")::get))
                .isEmpty();
        assertThat(DurabilityCheck.problems(Map.of("synchronous_commit", "remote_apply", "fsync", "on", "full_page_writes", "on")::get))
                .isEmpty();
    }

    @Test
    void theEmbeddedLibrarysDefaultAndAnUnsafeServerAreNamed() {
        assertThat(DurabilityCheck.problems(Map.of("synchronous_commit", "off", "fsync", "on", "full_page_writes", "on")::get))
                .containsExactly("synchronous_commit is off (needs on)");
        assertThat(DurabilityCheck.problems(Map.of("synchronous_commit", "on", "fsync", "off", "full_page_writes", "off")::get))
                .containsExactlyInAnyOrder("fsync is off (needs on)", "full_page_writes is off (needs on)");
    }
}
