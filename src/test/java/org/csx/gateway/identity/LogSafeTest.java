package org.csx.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersCannotForgeLogLines() {
        assertThat(LogSafe.encode("ca-dcss\n2026-12-01 INFO forged")).isEqualTo("ca-dcss%0A2026-12-01%20INFO%20forged");
        assertThat(LogSafe.encode("a\u001b[31mb")).doesNotContain("\u001b");
        assertThat(LogSafe.encode("${jndi:ldap://x}")).doesNotContain("$", "{", ":");
    }

    @Test
    void ordinaryNamesStayReadableAndLongOnesAreCut() {
        assertThat(LogSafe.encode("district-36029")).isEqualTo("district-36029");
        assertThat(LogSafe.encode(null)).isEqualTo("(none)");
        assertThat(LogSafe.encode("x".repeat(500))).hasSize(67).endsWith("...");
    }
}
