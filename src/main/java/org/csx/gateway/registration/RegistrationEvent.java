package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Objects;

/** Things that happen to a registration; {@link RegistrationWorkflow} maps each to a transition. */
sealed interface RegistrationEvent {

    /** The central registry found documents missing and asked for them (→ AWAITING_DOCUMENTS). */
    record DocumentsRequested() implements RegistrationEvent {
    }

    /** The packet went to the registering tribunal (→ SENT_TO_TRIBUNAL). */
    record SentToTribunal() implements RegistrationEvent {
    }

    /** Notice of registration (§605) sent to the non-registering party (→ NOTICE_SENT). */
    record NoticeSent(LocalDate sentOn) implements RegistrationEvent {
        public NoticeSent {
            Objects.requireNonNull(sentOn, "sentOn");
        }
    }

    /**
     * The non-registering party has notice, so the contest window runs (→ CONTEST_PERIOD).
     * What counts as "notice" (mailing, service, mailing plus extra days) is state procedure [M].
     */
    record NoticeGiven(LocalDate noticeDate) implements RegistrationEvent {
        public NoticeGiven {
            Objects.requireNonNull(noticeDate, "noticeDate");
        }
    }

    /**
     * The contest window has closed without a timely request for a hearing: §606 confirms the order
     * by operation of law (→ CONFIRMED). Refused while {@code asOf} is not after the last day.
     */
    record ContestWindowClosed(LocalDate asOf, LocalDate lastDayToContest) implements RegistrationEvent {
        public ContestWindowClosed {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(lastDayToContest, "lastDayToContest");
        }
    }

    /** Anything the registering tribunal tells us. */
    record CourtAnswer(Kind kind, String docketNumber) implements RegistrationEvent {

        public enum Kind {
            /** Order filed; carries the docket number (→ FILED). */
            FILED,
            /** The non-registering party asked for a hearing in time (→ CONTESTED). */
            HEARING_REQUESTED,
            /** The tribunal confirmed the registered order (→ CONFIRMED). */
            CONFIRMED,
            /** The tribunal vacated the registration (→ VACATED). */
            VACATED
        }

        public CourtAnswer {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.FILED && (docketNumber == null || docketNumber.isBlank())) {
                throw new IllegalArgumentException("a FILED court answer needs the docket number");
            }
        }

        public static CourtAnswer filed(String docketNumber) {
            return new CourtAnswer(Kind.FILED, docketNumber);
        }

        public static CourtAnswer hearingRequested() {
            return new CourtAnswer(Kind.HEARING_REQUESTED, null);
        }

        public static CourtAnswer confirmed() {
            return new CourtAnswer(Kind.CONFIRMED, null);
        }

        public static CourtAnswer vacated() {
            return new CourtAnswer(Kind.VACATED, null);
        }
    }

    /** The registration is withdrawn, e.g. the initiating agency cancelled (→ WITHDRAWN). */
    record Withdrawn() implements RegistrationEvent {
    }
}
