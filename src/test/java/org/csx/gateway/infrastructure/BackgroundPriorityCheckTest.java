package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BackgroundPriorityCheckTest {

    @Test
    void theNiceFieldIsReadAfterAThreadNameWithSpacesAndParentheses() {
        String stat = "4242 (Camel (camel-1) ) R 4200 4200 4200 0 -1 4194368 120 0 0 0 7 3 0 0 30 10 1 0 5000 0 0";
        assertThat(BackgroundPriorityCheck.nice(stat)).hasValue(10);
        assertThat(BackgroundPriorityCheck.nice("4242 (http-nio-8080-exec-1) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1"))
                .hasValue(0);
    }

    @Test
    void aLineItCannotReadSaysNothingRatherThanAWrongValue() {
        assertThat(BackgroundPriorityCheck.nice("garbage")).isEmpty();
        assertThat(BackgroundPriorityCheck.nice("4242 (short) S 1 1")).isEmpty();
    }

    @Test
    void backgroundYieldsOnlyWhenItsNiceIsKnownAndHigher() {
        assertThat(nice(OptionalInt.of(0), OptionalInt.of(10)).backgroundYields()).isTrue();
        assertThat(nice(OptionalInt.of(0), OptionalInt.of(0)).backgroundYields()).isFalse();
        assertThat(nice(OptionalInt.empty(), OptionalInt.of(10)).backgroundYields()).isFalse();
        assertThat(nice(OptionalInt.of(0), OptionalInt.empty()).backgroundYields()).isFalse();
    }

    /**
     * The tests run with the gateway's JVM options (the pom's surefire argLine repeats them), so this JVM is as the
     * gateway is run: the lowest Java priority is nice 10, below a new normal thread. Fails if the options are lost.
     */
    @Test
    void withTheGatewaysJvmOptionsTheBackgroundRunsAtNiceTen() throws InterruptedException {
        BackgroundPriorityCheck.Nice nice = BackgroundPriorityCheck.measure();
        assertThat(nice.background()).hasValue(10);
        assertThat(nice.backgroundYields()).as("background %s below normal %s", nice.background(), nice.normal())
                .isTrue();
    }

    private static BackgroundPriorityCheck.Nice nice(OptionalInt normal, OptionalInt background) {
        return new BackgroundPriorityCheck.Nice(normal, background);
    }
}
