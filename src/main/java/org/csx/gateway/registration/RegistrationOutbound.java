package org.csx.gateway.registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.registration.RegistrationUpdateType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything registration puts on a queue. Each message has a key derived from the registration and the
 * step (the outbox's unique key, then the Artemis duplicate id), so repeating a step (a redelivered
 * transmittal, a retried court answer) cannot deliver its messages twice.
 *
 * <p>Messages are staged in the outbox, in the database transaction of the state change that causes them
 * ({@link #inOneTransaction}; inside the processing route, the route's transaction).
 * Registration messages carry {@code csxRegistrationId} and {@code csxMessageKind}, not
 * {@code csxTrackingId}, so they are never mistaken for the transmittal's acknowledgment.
 */
@Component
public class RegistrationOutbound {

    public static final String REGISTRATION_ID = "csxRegistrationId";
    public static final String MESSAGE_KIND = "csxMessageKind";
    public static final String COURT_ID = "csxCourtId";

    private final Outbox outbox;
    private final TransactionTemplate databaseTransaction;
    private final ContractXml contractXml;
    private final ContractXml registrationXml;
    private final CsxProperties properties;
    private final Clock clock;
    private final org.csx.gateway.contract.transmittal.ObjectFactory txObjects = new org.csx.gateway.contract.transmittal.ObjectFactory();
    private final org.csx.gateway.contract.registration.ObjectFactory regObjects = new org.csx.gateway.contract.registration.ObjectFactory();

    public RegistrationOutbound(Outbox outbox, PlatformTransactionManager transactionManager,
                                ContractXml contractXml, ContractXml registrationXml, CsxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.databaseTransaction = new TransactionTemplate(transactionManager);
        this.contractXml = contractXml;
        this.registrationXml = registrationXml;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs a state change and the messages it causes in ONE database transaction (the caller's, if one is
     * active, as in the processing route): the messages are staged in the outbox and sent after the commit.
     */
    public void inOneTransaction(Runnable changeAndSends) {
        databaseTransaction.executeWithoutResult(tx -> changeAndSends.run());
    }

    public void sendPacket(RegistrationRecord r, String packetXml) {
        send(r.courtRegistrationsQueue(), packetXml, r, "REGISTRATION_PACKET", "reg-packet-" + r.id());
    }

    public void sendFinalNotice(RegistrationRecord r, String noticeXml) {
        send(r.courtRegistrationsQueue(), noticeXml, r, "REGISTRATION_NOTICE", "reg-notice-" + r.id());
    }

    /**
     * A court answer passed on: the CSENet-style transaction (e.g. ENF P ESREG) to the initiating
     * jurisdiction, and a registration update to the district handling the case.
     */
    public void courtAnswerPassedOn(RegistrationRecord r, RegistrationStatus status, CsenetReply reply) {
        if (reply != null) {
            send(r.partnerOutboundQueue(), contractXml.toXml(txObjects.createTransmittal(csenetTransaction(r, reply))), r,
                    "CSENET_" + reply.far().replace(' ', '_'), "reg-reply-" + r.id() + "-" + status);
        }
        if (r.districtId() != null) {
            RegistrationUpdateType update = new RegistrationUpdateType();
            update.setRegistrationId(r.id().toString());
            update.setTrackingId(r.trackingId().toString());
            update.setStatus(status.name());
            update.setDocketNumber(r.docketNumber());
            update.setLastDayToContest(r.contestDeadline());
            if (reply != null) {
                update.setCsenetTransaction(reply.far());
                update.setInformation(reply.informationLine());
            }
            send("district." + r.districtId() + ".inbound", registrationXml.toXml(regObjects.createRegistrationUpdate(update)), r,
                    "REGISTRATION_UPDATE", "reg-update-" + r.id() + "-" + status);
        }
    }

    private TransmittalType csenetTransaction(RegistrationRecord r, CsenetReply reply) {
        HeaderType header = new HeaderType();
        SenderType sender = new SenderType();
        sender.setKind(SenderKind.STATE_IV_D_AGENCY);
        sender.setLocatorCode(properties.getRegistryLocatorCode());
        sender.setName("Central registry");
        header.setSender(sender);
        // A foreign central authority has no locator code; "0000000" with its country in the reference.
        header.setReceiverLocatorCode(r.senderLocatorCode() != null ? r.senderLocatorCode() : "0000000");
        header.setCsenetVersion("003");
        header.setTransactionSerialNumber(serial(r.id(), reply.reason()));
        header.setFunctionalType(reply.function());
        header.setActionCode(reply.action());
        header.setActionReason(reply.reason());
        header.setTransactionDate(LocalDate.now(clock));
        header.setReceiverCaseId(r.senderCaseId());
        header.setAttachmentsIndicator(false);
        TransmittalType t = new TransmittalType();
        t.setHeader(header);
        InformationType info = new InformationType();
        info.getTextLine().add(reply.informationLine());
        t.setInformation(info);
        return t;
    }

    /** A 12-digit serial number, the same each time for the same registration and reply. */
    static String serial(UUID registrationId, String reason) {
        long n = Math.floorMod(UUID.nameUUIDFromBytes((registrationId + reason).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits(), 1_000_000_000_000L);
        return String.format("%012d", n);
    }

    private void send(String queue, String body, RegistrationRecord r, String kind, String duplicateId) {
        Map<String, String> headers = Map.of(
                REGISTRATION_ID, r.id().toString(),
                MESSAGE_KIND, kind,
                COURT_ID, r.courtId(),
                "csxPartnerId", r.partnerId());
        outbox.stage(new OutboundMessage(queue, duplicateId, kind, r.trackingId(), body, headers));
    }
}
