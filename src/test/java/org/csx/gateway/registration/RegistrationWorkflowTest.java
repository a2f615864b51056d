package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.registration.RegistrationStatus.*;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.csx.gateway.registration.RegistrationEvent.ContestWindowClosed;
import org.csx.gateway.registration.RegistrationEvent.CourtAnswer;
import org.csx.gateway.registration.RegistrationEvent.DocumentsRequested;
import org.csx.gateway.registration.RegistrationEvent.NoticeGiven;
import org.csx.gateway.registration.RegistrationEvent.NoticeSent;
import org.csx.gateway.registration.RegistrationEvent.SentToTribunal;
import org.csx.gateway.registration.RegistrationEvent.Withdrawn;
import org.junit.jupiter.api.Test;

class RegistrationWorkflowTest {

    private static final LocalDate NOTICE = LocalDate.of(2025, 3, 3);
    private static final LocalDate LAST_DAY = NOTICE.plusDays(20);

    private static RegistrationState inContestPeriod() {
        RegistrationState s = RegistrationState.received();
        s = RegistrationWorkflow.apply(s, new SentToTribunal()).state();
        s = RegistrationWorkflow.apply(s, CourtAnswer.filed("24-DR-0042")).state();
        s = RegistrationWorkflow.apply(s, new NoticeSent(NOTICE)).state();
        return RegistrationWorkflow.apply(s, new NoticeGiven(NOTICE)).state();
    }

    @Test
    void missingDocumentsThenSentToTribunal() {
        RegistrationStep waiting = RegistrationWorkflow.apply(RegistrationState.received(), new DocumentsRequested());
        assertThat(waiting.state().status()).isEqualTo(AWAITING_DOCUMENTS);
        assertThat(waiting.reply()).isEmpty();
        assertThat(RegistrationWorkflow.apply(waiting.state(), new SentToTribunal()).state().status()).isEqualTo(SENT_TO_TRIBUNAL);
    }

    @Test
    void filingSendsOrderRegisteredWithDocket() {
        RegistrationState sent = RegistrationWorkflow.apply(RegistrationState.received(), new SentToTribunal()).state();
        RegistrationStep filed = RegistrationWorkflow.apply(sent, CourtAnswer.filed("24-DR-0042"));
        assertThat(filed.state().status()).isEqualTo(FILED);
        assertThat(filed.state().docketNumber()).contains("24-DR-0042");
        assertThat(filed.reply()).get().extracting(CsenetReply::far).isEqualTo("ENF P ESREG");
        assertThat(filed.reply().orElseThrow().informationLine()).contains("24-DR-0042");
    }

    @Test
    void filedAnswerWithoutDocketIsRejected() {
        assertThatThrownBy(() -> CourtAnswer.filed(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CourtAnswer(CourtAnswer.Kind.FILED, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTimelyContestConfirmsByOperationOfLaw() {
        RegistrationStep step = RegistrationWorkflow.apply(inContestPeriod(), new ContestWindowClosed(LAST_DAY.plusDays(1), LAST_DAY));
        assertThat(step.state().status()).isEqualTo(CONFIRMED);
        assertThat(step.state().docketNumber()).contains("24-DR-0042");
        assertThat(step.reply()).get().extracting(CsenetReply::far).isEqualTo("ENF P GSFIL");
        assertThat(step.reply().orElseThrow().informationLine()).contains("operation of law");
    }

    @Test
    void confirmationByOperationOfLawWaitsForTheWindowToClose() {
        RegistrationState contest = inContestPeriod();
        assertThatThrownBy(() -> RegistrationWorkflow.apply(contest, new ContestWindowClosed(LAST_DAY, LAST_DAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("still open");
    }

    @Test
    void contestedRegistrationIsNotConfirmedByOperationOfLaw() {
        RegistrationState contested = RegistrationWorkflow.apply(inContestPeriod(), CourtAnswer.hearingRequested()).state();
        assertThat(contested.status()).isEqualTo(CONTESTED);
        assertThatThrownBy(() -> RegistrationWorkflow.apply(contested, new ContestWindowClosed(LAST_DAY.plusDays(5), LAST_DAY)))
                .isInstanceOf(RegistrationTransitionRefused.class);
    }

    @Test
    void hearingRequestedSendsNothing() {
        assertThat(RegistrationWorkflow.apply(inContestPeriod(), CourtAnswer.hearingRequested()).reply()).isEmpty();
    }

    @Test
    void courtConfirmsOrVacatesAfterContest() {
        RegistrationState contested = RegistrationWorkflow.apply(inContestPeriod(), CourtAnswer.hearingRequested()).state();

        RegistrationStep confirmed = RegistrationWorkflow.apply(contested, CourtAnswer.confirmed());
        assertThat(confirmed.state().status()).isEqualTo(CONFIRMED);
        assertThat(confirmed.reply()).get().extracting(CsenetReply::far).isEqualTo("ENF P GSFIL");

        RegistrationStep vacated = RegistrationWorkflow.apply(contested, CourtAnswer.vacated());
        assertThat(vacated.state().status()).isEqualTo(VACATED);
        assertThat(vacated.reply()).get().extracting(CsenetReply::far).isEqualTo("ENF P GSFIL");
    }

    @Test
    void courtMayConfirmDuringContestPeriod() {
        assertThat(RegistrationWorkflow.apply(inContestPeriod(), CourtAnswer.confirmed()).state().status()).isEqualTo(CONFIRMED);
    }

    @Test
    void vacaturWithoutContestIsRefused() {
        assertThatThrownBy(() -> RegistrationWorkflow.apply(inContestPeriod(), CourtAnswer.vacated()))
                .isInstanceOf(RegistrationTransitionRefused.class)
                .hasMessageContaining("CONTEST_PERIOD")
                .hasMessageContaining("VACATED");
    }

    @Test
    void outOfOrderCourtAnswerIsRefused() {
        assertThatThrownBy(() -> RegistrationWorkflow.apply(RegistrationState.received(), CourtAnswer.filed("24-DR-0042")))
                .isInstanceOf(RegistrationTransitionRefused.class)
                .hasMessageContaining("from RECEIVED to FILED");
    }

    @Test
    void withdrawalSendsNothingAndIsFinal() {
        RegistrationStep withdrawn = RegistrationWorkflow.apply(inContestPeriod(), new Withdrawn());
        assertThat(withdrawn.state().status()).isEqualTo(WITHDRAWN);
        assertThat(withdrawn.reply()).isEmpty();
        assertThatThrownBy(() -> RegistrationWorkflow.apply(withdrawn.state(), new Withdrawn()))
                .isInstanceOf(RegistrationTransitionRefused.class);
    }

    @Test
    void everyEmittedTransactionIsAValidFarCombination() throws Exception {
        Set<String> valid = loadFarTable();
        assertThat(RegistrationReplies.EMITTED_FARS).allSatisfy(far -> assertThat(valid).contains(far));
        Stream.of(RegistrationReplies.orderRegistered("24-DR-0042"), RegistrationReplies.confirmedByOperationOfLaw(),
                        RegistrationReplies.confirmedByTribunal(), RegistrationReplies.vacated())
                .forEach(r -> assertThat(valid).contains(r.far()));
        // The brief mentions SSCON on confirmation; it exists only under EST, so ENF must not send it.
        assertThat(valid).doesNotContain("ENF P SSCON").contains("EST P SSCON");
    }

    @Test
    void informationLinesFitTheBlock() {
        assertThat(Stream.of(RegistrationReplies.orderRegistered("12345678901234567"), RegistrationReplies.confirmedByOperationOfLaw(),
                RegistrationReplies.confirmedByTribunal(), RegistrationReplies.vacated()).map(CsenetReply::informationLine))
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(CsenetReply.INFORMATION_LINE_MAX));
    }

    static Set<String> loadFarTable() throws Exception {
        Set<String> fars = new HashSet<>();
        try (InputStream in = Optional.ofNullable(RegistrationWorkflowTest.class.getResourceAsStream("/reference/csenet-far-codes.csv")).orElseThrow();
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", 4);
                if (f.length >= 3) {
                    fars.add(f[0] + " " + f[1] + " " + f[2]);
                }
            }
        }
        return fars;
    }
}
