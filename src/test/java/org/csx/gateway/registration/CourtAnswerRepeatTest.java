package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.csx.gateway.registration.RegistrationEvent.CourtAnswer;
import org.junit.jupiter.api.Test;

/** Which court answers repeat a state the registration already reached (acknowledged, not refused). */
class CourtAnswerRepeatTest {

    private static RegistrationState at(RegistrationStatus status, String docket) {
        return new RegistrationState(status, Optional.ofNullable(docket));
    }

    @Test
    void filedRepeatsOnlyUnderTheSameDocketNumberWhereverTheRegistrationWentSince() {
        CourtAnswer filed = CourtAnswer.filed("KF-1");
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONTEST_PERIOD, "KF-1"), filed)).isTrue();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONFIRMED, "KF-1"), filed)).isTrue();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONTEST_PERIOD, "KF-2"), filed)).isFalse();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.SENT_TO_TRIBUNAL, null), filed)).isFalse();
    }

    @Test
    void theOtherAnswersRepeatTheStateTheyLeadTo() {
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONTESTED, "KF-1"), CourtAnswer.hearingRequested()))
                .isTrue();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONTEST_PERIOD, "KF-1"), CourtAnswer.hearingRequested()))
                .isFalse();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.CONFIRMED, "KF-1"),
                new CourtAnswer(CourtAnswer.Kind.CONFIRMED, null))).isTrue();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.VACATED, "KF-1"),
                new CourtAnswer(CourtAnswer.Kind.CONFIRMED, null))).isFalse();
        assertThat(RegistrationWorkflow.repeats(at(RegistrationStatus.VACATED, "KF-1"),
                new CourtAnswer(CourtAnswer.Kind.VACATED, null))).isTrue();
    }
}
