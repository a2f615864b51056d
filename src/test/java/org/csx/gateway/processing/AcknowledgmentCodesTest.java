package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.validation.FarCodeTable;
import org.junit.jupiter.api.Test;

class AcknowledgmentCodesTest {

    private final AcknowledgmentCodes codes = new AcknowledgmentCodes(FarCodeTable.loadDefault());

    @Test
    void aCompleteRequestIsAcknowledgedAnoadAndAnIncompleteOneAadin() {
        for (String function : new String[] {"PAT", "EST", "ENF"}) {
            assertThat(codes.forRequest(function, true)).get()
                    .satisfies(c -> assertThat(c.actionReason()).isEqualTo("ANOAD"));
            assertThat(codes.forRequest(function, false)).get()
                    .satisfies(c -> {
                        assertThat(c.functionalType()).isEqualTo(function);
                        assertThat(c.actionCode()).isEqualTo("A");
                        assertThat(c.actionReason()).isEqualTo("AADIN");
                    });
        }
    }

    @Test
    void functionsWithoutAnAadinKeepTheirUsualAcknowledgment() {
        assertThat(codes.forRequest("LO1", false)).get().satisfies(c -> assertThat(c.actionReason()).isNull());
        assertThat(codes.forRequest("MSC", false)).isEmpty();
        assertThat(codes.forRequest("EST")).get().satisfies(c -> assertThat(c.actionReason()).isEqualTo("ANOAD"));
    }
}
