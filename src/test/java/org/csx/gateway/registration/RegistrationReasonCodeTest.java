package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegistrationReasonCodeTest {

    @ParameterizedTest
    @CsvSource({
            "ERREG, ENFORCEMENT, OBLIGOR",
            "ERREO, ENFORCEMENT, OBLIGEE",
            "ERRES, ENFORCEMENT, STATE_AGENCY",
            "ERFSM, MODIFICATION, OBLIGOR",
            "ERFSO, MODIFICATION, OBLIGEE",
            "ERFSS, MODIFICATION, STATE_AGENCY",
            "ERMEO, MODIFICATION_AND_ENFORCEMENT, OBLIGOR",
            "ERMEM, MODIFICATION_AND_ENFORCEMENT, OBLIGEE",
            "ERMEE, MODIFICATION_AND_ENFORCEMENT, STATE_AGENCY"})
    void mapsEachOfTheNineCodes(String code, RegistrationPurpose purpose, RegistrationRequester requester) {
        RegistrationReasonCode reason = RegistrationReasonCode.fromCode(code).orElseThrow();
        assertThat(reason.purpose()).isEqualTo(purpose);
        assertThat(reason.requester()).isEqualTo(requester);
        assertThat(RegistrationReasonCode.of(purpose, requester)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERARR", "ERWAG", "ERALL", "ESREG", "", "erreg"})
    void otherCodesAreNotRegistrations(String code) {
        assertThat(RegistrationReasonCode.fromCode(code)).isEmpty();
    }

    @Test
    void nullAndPaddedCodes() {
        assertThat(RegistrationReasonCode.fromCode(null)).isEmpty();
        assertThat(RegistrationReasonCode.fromCode(" ERREO ")).contains(RegistrationReasonCode.ERREO);
    }

    @Test
    void arrearsOnlyHasNoRegistrationReason() {
        for (RegistrationRequester requester : RegistrationRequester.values()) {
            assertThat(RegistrationReasonCode.of(RegistrationPurpose.ARREARS_ONLY, requester)).isEmpty();
        }
    }

    @Test
    void everyCodeExistsInTheFarTableForRequestAndUpdate() throws Exception {
        Set<String> valid = RegistrationWorkflowTest.loadFarTable();
        Set<String> wanted = Arrays.stream(RegistrationReasonCode.values())
                .flatMap(c -> java.util.stream.Stream.of("ENF R " + c.name(), "ENF U " + c.name()))
                .collect(Collectors.toSet());
        assertThat(valid).containsAll(wanted);
    }
}
