package org.csx.gateway.registration;

import static org.csx.gateway.registration.RegistrationStatus.*;

import org.csx.gateway.registration.RegistrationEvent.ContestWindowClosed;
import org.csx.gateway.registration.RegistrationEvent.CourtAnswer;
import org.csx.gateway.registration.RegistrationEvent.DocumentsRequested;
import org.csx.gateway.registration.RegistrationEvent.NoticeGiven;
import org.csx.gateway.registration.RegistrationEvent.NoticeSent;
import org.csx.gateway.registration.RegistrationEvent.SentToTribunal;
import org.csx.gateway.registration.RegistrationEvent.Withdrawn;

/**
 * Pure mapping: (state, event) → (next state, CSENet provision to send back, if any).
 * A move the lifecycle does not allow throws {@link RegistrationTransitionRefused}.
 */
final class RegistrationWorkflow {

    private RegistrationWorkflow() {
    }

    public static RegistrationStep apply(RegistrationState state, RegistrationEvent event) {
        if (event instanceof DocumentsRequested) {
            return RegistrationStep.silent(state.moveTo(AWAITING_DOCUMENTS));
        }
        if (event instanceof SentToTribunal) {
            return RegistrationStep.silent(state.moveTo(SENT_TO_TRIBUNAL));
        }
        if (event instanceof NoticeSent) {
            return RegistrationStep.silent(state.moveTo(NOTICE_SENT));
        }
        if (event instanceof NoticeGiven) {
            return RegistrationStep.silent(state.moveTo(CONTEST_PERIOD));
        }
        if (event instanceof ContestWindowClosed closed) {
            return confirmByOperationOfLaw(state, closed);
        }
        if (event instanceof CourtAnswer answer) {
            return courtAnswer(state, answer);
        }
        if (event instanceof Withdrawn) {
            // Withdrawal normally follows the initiating agency's own cancel (ENF C), so nothing is sent back.
            return RegistrationStep.silent(state.moveTo(WITHDRAWN));
        }
        throw new IllegalArgumentException("unknown registration event " + event.getClass().getSimpleName());
    }

    private static RegistrationStep confirmByOperationOfLaw(RegistrationState state, ContestWindowClosed closed) {
        // Only from CONTEST_PERIOD: once a hearing is requested (CONTESTED) only the tribunal confirms.
        if (state.status() != CONTEST_PERIOD) {
            throw new RegistrationTransitionRefused(state.status(), CONFIRMED,
                    RegistrationLifecycle.allowedFrom(state.status()));
        }
        if (!closed.asOf().isAfter(closed.lastDayToContest())) {
            throw new IllegalArgumentException("the contest window is still open through "
                    + closed.lastDayToContest() + "; confirmation by operation of law comes after it");
        }
        return RegistrationStep.replying(state.moveTo(CONFIRMED), RegistrationReplies.confirmedByOperationOfLaw());
    }

    /**
     * Whether a court's answer repeats a state the registration already reached: the court (or its system, retrying
     * after a lost reply) says again what it said before. Such an answer is acknowledged with where the registration
     * stands, and changes and sends nothing; it is not refused as out of order. FILED repeats when the registration was
     * filed under the same docket number (it has moved on to its notice and contest period since); the others when the
     * registration is in the state the answer leads to.
     */
    public static boolean repeats(RegistrationState state, CourtAnswer answer) {
        return switch (answer.kind()) {
            case FILED -> state.docketNumber().isPresent() && answer.docketNumber() != null
                    && state.docketNumber().get().equals(answer.docketNumber().strip());
            case HEARING_REQUESTED -> state.status() == CONTESTED;
            case CONFIRMED -> state.status() == CONFIRMED;
            case VACATED -> state.status() == VACATED;
        };
    }

    private static RegistrationStep courtAnswer(RegistrationState state, CourtAnswer answer) {
        return switch (answer.kind()) {
            case FILED -> {
                RegistrationState filed = state.filed(answer.docketNumber());
                yield RegistrationStep.replying(filed, RegistrationReplies.orderRegistered(filed.docketNumber().orElseThrow()));
            }
            // No ENF provision says "contest filed"; GIHER goes out once a hearing date is set (open question).
            case HEARING_REQUESTED -> RegistrationStep.silent(state.moveTo(CONTESTED));
            case CONFIRMED -> RegistrationStep.replying(state.moveTo(CONFIRMED), RegistrationReplies.confirmedByTribunal());
            case VACATED -> RegistrationStep.replying(state.moveTo(VACATED), RegistrationReplies.vacated());
        };
    }
}
