package org.csx.gateway.registration;

import static org.csx.gateway.registration.RegistrationStatus.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.registration.CourtAnswerResultType;
import org.csx.gateway.contract.registration.CourtAnswerType;
import org.csx.gateway.contract.registration.NoticeFileType;
import org.csx.gateway.contract.registration.RegistrationNoticeType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.DutyRepository;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.ReceivedDocument;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.registration.RegistrationEvent.ContestWindowClosed;
import org.csx.gateway.registration.RegistrationEvent.CourtAnswer;
import org.csx.gateway.registration.RegistrationEvent.DocumentsRequested;
import org.csx.gateway.registration.RegistrationEvent.NoticeGiven;
import org.csx.gateway.registration.RegistrationEvent.NoticeSent;
import org.csx.gateway.registration.RegistrationEvent.SentToTribunal;
import org.csx.gateway.registration.RegistrationRegistry.Move;
import org.csx.gateway.registration.RegistrationRegistry.Opened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Registration in the running gateway: opens a registration from a valid request, holds it until the
 * documents §602/§706 require have arrived (asking the sender for what is missing), sends the packet
 * and the draft §605 notice to the court, applies the court's answers, and confirms by operation of
 * law when the contest period ends. The pure rules ({@link RegistrationWorkflow},
 * {@link RegistrationRequirements}, {@link ContestPeriod}, {@link NoticeOfRegistrationContent})
 * decide; this class records and sends. Logs name registrations and statuses, never parties.
 */
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    static final String DRAFT = "DRAFT";
    static final String FINAL = "FINAL";

    private final RegistrationRegistry registry;
    private final RegistrationRequestReader reader;
    private final RegistrationPacketBuilder packets;
    private final NoticePdfRenderer renderer;
    private final RegistrationOutbound outbound;
    private final ContractXml registrationXml;
    private final TransmittalLedger ledger;
    private final ContractXml contractXml;
    private final CaseDocumentRepository caseDocuments;
    private final DutyRepository duties;
    private final DutyClocks clocks;
    private final Clock clock;
    private final org.csx.gateway.contract.registration.ObjectFactory regObjects = new org.csx.gateway.contract.registration.ObjectFactory();

    public RegistrationService(RegistrationRegistry registry, RegistrationRequestReader reader, RegistrationPacketBuilder packets,
                               NoticePdfRenderer renderer, RegistrationOutbound outbound, ContractXml registrationXml,
                               TransmittalLedger ledger, ContractXml contractXml, CaseDocumentRepository caseDocuments,
                               DutyRepository duties, DutyClocks clocks, Clock clock) {
        this.registry = registry;
        this.reader = reader;
        this.packets = packets;
        this.renderer = renderer;
        this.outbound = outbound;
        this.registrationXml = registrationXml;
        this.ledger = ledger;
        this.contractXml = contractXml;
        this.caseDocuments = caseDocuments;
        this.duties = duties;
        this.clocks = clocks;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- opening

    /**
     * Opens the registration a valid, forwarded transmittal asks for (nothing for any other request),
     * then moves it as far as it can go: to the court, or waiting for documents. Repeating it for the
     * same transmittal opens nothing new and sends nothing new.
     */
    public Optional<UUID> open(UUID trackingId, String partnerId, String districtId, java.time.OffsetDateTime receivedAt,
                               TransmittalType transmittal) {
        if (RegistrationRequestReader.registrationReason(transmittal).isEmpty()) {
            return Optional.empty();
        }
        RegistrationRequest request = reader.read(trackingId, partnerId, districtId, transmittal);
        // one transaction (the route's): moveOpened relies on the opening being in it
        return Optional.of(registry.inTransaction(() -> {
            Opened opened = registry.openIfAbsent(request, receivedAt);
            progress(opened, request, transmittal, true);
            return opened.registration().id();
        }));
    }

    /**
     * Documents arrived for the case (any channel; package documents tells, inside the transaction that linked
     * them): a registration waiting for them goes on if it now can.
     */
    public void documentsArrived(UUID trackingId) {
        registry.idForTransmittal(trackingId).flatMap(registry::find).ifPresent(r -> {
            if (r.status() == RECEIVED || r.status() == AWAITING_DOCUMENTS) {
                outbound.inOneTransaction(() -> {
                    TransmittalType transmittal = transmittalOf(r);
                    RegistrationRequest request = reader.read(r.trackingId(), r.partnerId(), r.districtId(), transmittal);
                    progress(new Opened(registry.find(r.id()).orElseThrow(), false), request, transmittal, false);
                });
            }
        });
    }

    /**
     * Moves a registration as far as the documents the registry holds for the case allow (package documents: only
     * what really arrived). What is missing was already named to the sender in the case's one "documents needed"
     * message (the acknowledgment, then the reminders and SubmitDocuments receipts), which include registration's
     * requirements ({@link RegistrationStatute}); here it is recorded. {@code repeatMessages}: the processing route
     * repeats the messages of the current state (a redelivered transmittal whose first attempt's messages may have
     * been rolled back; Artemis duplicate detection refuses a copy of one that was delivered).
     */
    private void progress(Opened opened, RegistrationRequest request, TransmittalType transmittal, boolean repeatMessages) {
        RegistrationRecord r = opened.registration();
        UUID id = r.id();
        switch (r.status()) {
            case RECEIVED, AWAITING_DOCUMENTS -> {
                List<ReceivedDocument> documents = caseDocuments.held(r.trackingId());
                RegistrationCheck check = RegistrationRequirements.check(request.packet(documents));
                registry.recordRequirements(id, check.missing());
                if (check.readyToFile()) {
                    sendToTribunal(r, request, transmittal, documents);
                } else {
                    if (r.status() == RECEIVED) {
                        RegistrationWorkflow.apply(r.state(), new DocumentsRequested());
                        List<Move> moves = List.of(new Move(RECEIVED, AWAITING_DOCUMENTS,
                                "filing blocked; requested from the sender: " + names(check)));
                        if (opened.isNew()) {
                            registry.moveOpened(opened, moves);
                        } else {
                            registry.move(id, RECEIVED, moves);
                        }
                    }
                    log.info("Registration {} waits for {} piece(s) required before filing", id,
                            check.missing().stream().filter(m -> m.requirement().blocking()).count());
                }
            }
            // A repeated opening (redelivered transmittal) sends the same packet again; Artemis drops the copy.
            case SENT_TO_TRIBUNAL -> {
                if (repeatMessages) {
                    sendPacket(r, request, transmittal, caseDocuments.held(r.trackingId()));
                }
            }
            default -> { }
        }
    }

    private void sendToTribunal(RegistrationRecord r, RegistrationRequest request, TransmittalType transmittal,
                                List<ReceivedDocument> documents) {
        RegistrationWorkflow.apply(r.state(), new SentToTribunal());
        LocalDate today = LocalDate.now(clock);
        NoticeOfRegistration notice = NoticeOfRegistrationContent.build(packets.noticeFacts(request, today, Optional.empty(), today));
        byte[] pdf = renderer.render(new NoticePdfRenderer.Heading(packets.courtName(r.courtId()), r.id().toString(), null,
                RegistrationPacketBuilder.addressee(request), true), notice);
        registry.storeNotice(r.id(), DRAFT, today, pdf);
        registry.move(r.id(), r.status(), List.of(new Move(r.status(), SENT_TO_TRIBUNAL,
                "documents complete; packet and draft notice sent to court " + r.courtId())));
        RegistrationRecord now = registry.find(r.id()).orElseThrow();
        if (now.status() == SENT_TO_TRIBUNAL) {
            sendPacket(now, request, transmittal, documents);
            log.info("Registration {} sent to court {}", r.id(), r.courtId());
        }
    }

    private void sendPacket(RegistrationRecord r, RegistrationRequest request, TransmittalType transmittal,
                            List<ReceivedDocument> documents) {
        byte[] pdf = registry.notice(r.id(), DRAFT).orElseThrow().pdf();
        NoticeFileType notice = packets.noticeFile(r, DRAFT, pdf);
        outbound.sendPacket(r, registrationXml.toXml(regObjects.createRegistrationPacket(
                packets.packet(r, request, transmittal, documents, notice))));
    }

    // ---------------------------------------------------------------- court answers

    /**
     * Applies a court's answer. Refused (recorded, nothing changed, {@link CourtAnswerRefused}) when the
     * registration is unknown to this court or the answer does not fit where the registration stands.
     */
    public CourtAnswerResultType answer(Partner court, CourtAnswerType answer) {
        String ref = answer.getRegistrationId();
        String kindName = answer.getAnswer() == null ? null : answer.getAnswer().value();
        if (court.kind() != SenderKind.TRIBUNAL) {
            throw refuse(ref, court, kindName, CourtAnswerRefused.Code.NOT_A_COURT,
                    "Partner " + court.id() + " is not a tribunal and cannot answer registrations.");
        }
        UUID id = parse(ref);
        RegistrationRecord r = id == null ? null : registry.find(id).orElse(null);
        if (r == null || !court.ownsLocatorCode(r.courtId())) {
            throw refuse(ref, court, kindName, CourtAnswerRefused.Code.UNKNOWN_REGISTRATION,
                    "No registration " + ref + " was sent to this court.");
        }
        if (answer.getAnswer() == null) {
            throw refuse(ref, court, null, CourtAnswerRefused.Code.INVALID_ANSWER, "The answer kind is missing.");
        }
        CourtAnswer event;
        RegistrationStep step;
        try {
            event = new CourtAnswer(CourtAnswer.Kind.valueOf(answer.getAnswer().value()), answer.getDocketNumber());
            if (RegistrationWorkflow.repeats(r.state(), event)) {
                return repeated(r, event);
            }
            step = RegistrationWorkflow.apply(r.state(), event);
        } catch (RegistrationTransitionRefused e) {
            throw refuse(ref, court, kindName, CourtAnswerRefused.Code.OUT_OF_ORDER,
                    "Answer " + kindName + " does not fit registration " + ref + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw refuse(ref, court, kindName, CourtAnswerRefused.Code.INVALID_ANSWER, e.getMessage());
        }
        LocalDate date = answer.getAnswerDate() != null ? answer.getAnswerDate() : LocalDate.now(clock);
        RegistrationStatus before = r.status();
        RegistrationStep applied = step;
        java.util.concurrent.atomic.AtomicBoolean repeatedMeanwhile = new java.util.concurrent.atomic.AtomicBoolean();
        outbound.inOneTransaction(() -> {
            boolean moved;
            if (event.kind() == CourtAnswer.Kind.FILED) {
                moved = file(r, applied.state(), court, date);
            } else {
                moved = registry.move(r.id(), before, List.of(new Move(before, applied.state().status(),
                        "court " + court.id() + " answered " + event.kind() + " on " + date)));
            }
            if (!moved && RegistrationWorkflow.repeats(registry.find(r.id()).orElseThrow().state(), event)) {
                repeatedMeanwhile.set(true); // the same answer, applied by a concurrent delivery of it
                return;
            }
            if (!moved) {
                throw refuse(ref, court, kindName, CourtAnswerRefused.Code.OUT_OF_ORDER,
                        "Registration " + ref + " changed while the answer was applied; send it again if it still applies.");
            }
            RegistrationRecord now = registry.find(r.id()).orElseThrow();
            if (before == CONTEST_PERIOD && now.status() != CONTEST_PERIOD) {
                // The period's clock stops: the court answered within it (a hearing was requested).
                for (DutyKind kind : ContestPeriod.KINDS) {
                    duties.complete(r.trackingId(), kind, "court " + court.id() + " answered " + event.kind());
                }
            }
            outbound.courtAnswerPassedOn(now, applied.state().status(), applied.reply().orElse(null));
        });
        RegistrationRecord now = registry.find(r.id()).orElseThrow();
        if (repeatedMeanwhile.get()) {
            return repeated(now, event);
        }
        log.info("Registration {}: court answer {} moved it from {} to {}", r.id(), event.kind(), before, now.status());
        return result(now);
    }

    /** An answer repeating a state already reached: acknowledged with the same result, nothing changed or sent. */
    private CourtAnswerResultType repeated(RegistrationRecord r, CourtAnswer event) {
        log.info("Registration {}: court answer {} repeats a state it already reached ({}); acknowledged, nothing changed",
                r.id(), event.kind(), r.status());
        return result(r);
    }

    private static CourtAnswerResultType result(RegistrationRecord now) {
        CourtAnswerResultType result = new CourtAnswerResultType();
        result.setRegistrationId(now.id().toString());
        result.setStatus(now.status().name());
        result.setDocketNumber(now.docketNumber());
        result.setLastDayToContest(now.contestDeadline());
        return result;
    }

    /** Filed (§603): the final §605 notice is made and sent, and the contest period starts from it. */
    private boolean file(RegistrationRecord r, RegistrationState filed, Partner court, LocalDate filedOn) {
        String docket = filed.docketNumber().orElseThrow();
        RegistrationState noticeSent = RegistrationWorkflow.apply(filed, new NoticeSent(filedOn)).state();
        RegistrationWorkflow.apply(noticeSent, new NoticeGiven(filedOn));
        TransmittalType transmittal = transmittalOf(r);
        RegistrationRequest request = reader.read(r.trackingId(), r.partnerId(), r.districtId(), transmittal);
        ContestPeriod deadline = packets.deadline(filedOn, request);
        boolean moved;
        try {
            moved = registry.fileAndOpenContest(r.id(), SENT_TO_TRIBUNAL, List.of(
                    new Move(SENT_TO_TRIBUNAL, FILED, "filed by court " + court.id() + " on " + filedOn + ", docket " + docket),
                    new Move(FILED, NOTICE_SENT, "notice of registration (UIFSA §605) sent with the court on " + filedOn),
                    new Move(NOTICE_SENT, CONTEST_PERIOD, "contest period runs through " + deadline.lastDayToContest()
                            + " (" + deadline.section() + ", " + deadline.days() + " days)")),
                    docket, filedOn, deadline);
        } catch (DuplicateKeyException e) {
            throw refuse(r.id().toString(), court, "FILED", CourtAnswerRefused.Code.INVALID_ANSWER,
                    "Docket number " + docket + " is already used for another registration in this court.");
        }
        if (!moved) {
            return false;
        }
        // The contest period is a clock of the duty table; the duty jobs confirm once it has passed (§606).
        duties.open(r.trackingId(), deadline.kind(), "notice of registration " + r.id() + " given on " + filedOn,
                clocks.instantOf(filedOn), null);
        NoticeOfRegistration notice = NoticeOfRegistrationContent.build(
                packets.noticeFacts(request, filedOn, Optional.of(docket), filedOn));
        byte[] pdf = renderer.render(new NoticePdfRenderer.Heading(packets.courtName(r.courtId()), r.id().toString(), docket,
                RegistrationPacketBuilder.addressee(request), false), notice);
        registry.storeNotice(r.id(), FINAL, filedOn, pdf);
        RegistrationRecord now = registry.find(r.id()).orElseThrow();
        RegistrationNoticeType message = new RegistrationNoticeType();
        message.setRegistrationId(now.id().toString());
        message.setCourtId(now.courtId());
        message.setDocketNumber(docket);
        message.setNoticeDate(filedOn);
        message.setLastDayToContest(deadline.lastDayToContest());
        message.setNotice(packets.noticeFile(now, FINAL, registry.notice(now.id(), FINAL).orElseThrow().pdf()));
        outbound.sendFinalNotice(now, registrationXml.toXml(regObjects.createRegistrationNotice(message)));
        return true;
    }

    private CourtAnswerRefused refuse(String ref, Partner court, String answer, CourtAnswerRefused.Code code, String reason) {
        registry.recordRefusal(ref, court.id(), answer, code.name(), reason);
        log.warn("Refused a court answer from {}: {} {}", court.id(), code, reason);
        return new CourtAnswerRefused(code, reason);
    }

    // ---------------------------------------------------------------- withdrawal

    /**
     * Withdraws a registration that is not final (e.g. the initiating agency cancelled its request); the
     * district is told. A final registration cannot be withdrawn: {@link RegistrationTransitionRefused},
     * nothing changed.
     */
    public RegistrationRecord withdraw(UUID id) {
        RegistrationRecord r = registry.find(id).orElseThrow(() -> new IllegalArgumentException("no registration " + id));
        RegistrationStep step = RegistrationWorkflow.apply(r.state(), new RegistrationEvent.Withdrawn());
        outbound.inOneTransaction(() -> {
            if (!registry.move(id, r.status(), List.of(new Move(r.status(), WITHDRAWN, "withdrawn by registry staff")))) {
                RegistrationStatus now = registry.find(id).orElseThrow().status();
                throw new RegistrationTransitionRefused(now, WITHDRAWN, RegistrationLifecycle.allowedFrom(now));
            }
            outbound.courtAnswerPassedOn(registry.find(id).orElseThrow(), WITHDRAWN, step.reply().orElse(null));
        });
        log.info("Registration {} withdrawn from {}", id, r.status());
        return registry.find(id).orElseThrow();
    }

    // ---------------------------------------------------------------- contest period

    /**
     * §606: the registration's contest period (a duty row) ended before {@code today}; called by the duty jobs in
     * the transaction that claimed the duty, so with several instances it is confirmed, and its messages staged,
     * once. The initiating jurisdiction gets ENF P GSFIL and the district an update. A registration no longer in
     * its contest period (a hearing was requested, it was withdrawn) is left as it is.
     * @return the duty's completion
     */
    public String contestPeriodPassed(UUID trackingId, LocalDate today) {
        Optional<RegistrationRecord> found = registry.idForTransmittal(trackingId).flatMap(registry::find);
        if (found.isEmpty() || found.get().status() != CONTEST_PERIOD) {
            return "period ended; registration " + found.map(r -> "is " + r.status()).orElse("not found");
        }
        RegistrationRecord r = found.get();
        CsenetReply reply = RegistrationWorkflow.apply(
                new RegistrationState(CONTEST_PERIOD, Optional.ofNullable(r.docketNumber())),
                new ContestWindowClosed(today, r.contestDeadline())).reply().orElse(null);
        if (!registry.move(r.id(), CONTEST_PERIOD, List.of(new Move(CONTEST_PERIOD, CONFIRMED,
                "confirmed by operation of law: no timely contest (UIFSA §606), as of " + today)))) {
            return "period ended; registration moved meanwhile";
        }
        outbound.courtAnswerPassedOn(registry.find(r.id()).orElseThrow(), CONFIRMED, reply);
        log.info("Registration {} confirmed by operation of law as of {}", r.id(), today);
        return "confirmed by operation of law (UIFSA §606)";
    }

    // ---------------------------------------------------------------- helpers

    private TransmittalType transmittalOf(RegistrationRecord r) {
        String raw = ledger.rawMessage(r.trackingId())
                .orElseThrow(() -> new IllegalStateException("transmittal " + r.trackingId() + " is not stored"));
        return contractXml.readTransmittal(raw);
    }

    private static String names(RegistrationCheck check) {
        return check.missing().stream().map(m -> m.requirement().name()).collect(Collectors.joining(", "));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
