package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcknowledgmentCodesTest {

    private final AcknowledgmentCodes codes = new AcknowledgmentCodes(ProcessingExamples.FAR_CODES);

    @ParameterizedTest
    @ValueSource(strings = {"ENF", "EST", "PAT"})
    void requestsWithAnAnoadRowAreAcknowledgedWithNoFurtherInformationRequired(String function) {
        assertThat(codes.forRequest(function)).hasValue(new AcknowledgmentCodes.Code(function, "A", "ANOAD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENF", "EST", "PAT"})
    void anIncompleteRequestIsAcknowledgedAdditionalInformationNeeded(String function) {
        assertThat(codes.forRequest(function, true)).hasValue(new AcknowledgmentCodes.Code(function, "A", "ANOAD"));
        assertThat(codes.forRequest(function, false)).hasValue(new AcknowledgmentCodes.Code(function, "A", "AADIN"));
    }

    @Test
    void quickLocateIsAcknowledgedWithABlankReasonEvenWhenIncomplete() {
        assertThat(codes.forRequest("LO1")).hasValue(new AcknowledgmentCodes.Code("LO1", "A", null));
        assertThat(codes.forRequest("LO1", false)).hasValue(new AcknowledgmentCodes.Code("LO1", "A", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSI", "COL", "MSC"})
    void functionsWithoutAnAcknowledgmentRowGetNone(String function) {
        assertThat(codes.forRequest(function)).isEmpty();
        assertThat(codes.forRequest(function, false)).isEmpty();
    }

    @Test
    void anUnknownFunctionGetsNone() {
        assertThat(codes.forRequest("XYZ")).isEmpty();
    }
}
