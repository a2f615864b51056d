package org.csx.gateway.registration;

import org.csx.gateway.contract.QueueNames;

import org.csx.gateway.contract.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.registration.RegistrationUpdateType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.partner.PartnerMessages;
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
class RegistrationOutbound {

    private final Outbox outbox;
    private final TransactionTemplate databaseTransaction;
    private final ContractXml contractXml;
    private final ContractXml registrationXml;
    private final PartnerMessages messages;
    private final org.csx.gateway.contract.transmittal.ObjectFactory txObjects = new org.csx.gateway.contract.transmittal.ObjectFactory();
    private final org.csx.gateway.contract.registration.ObjectFactory regObjects = new org.csx.gateway.contract.registration.ObjectFactory();

    public RegistrationOutbound(Outbox outbox, PlatformTransactionManager transactionManager,
                                ContractXml contractXml, ContractXml registrationXml, PartnerMessages messages) {
        this.outbox = outbox;
        this.databaseTransaction = new TransactionTemplate(transactionManager);
        this.contractXml = contractXml;
        this.registrationXml = registrationXml;
        this.messages = messages;
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
            send(QueueNames.districtInbound(r.districtId()), registrationXml.toXml(regObjects.createRegistrationUpdate(update)), r,
                    "REGISTRATION_UPDATE", "reg-update-" + r.id() + "-" + status);
        }
    }

    private TransmittalType csenetTransaction(RegistrationRecord r, CsenetReply reply) {
        // A foreign central authority has no locator code: "0000000", its country in the reference.
        return messages.transaction(r.senderLocatorCode(), r.senderCaseId(), serial(r.id(), reply.reason()),
                reply.function(), reply.action(), reply.reason(), reply.informationLine());
    }

    /** A 12-digit serial number, the same each time for the same registration and reply. */
    static String serial(UUID registrationId, String reason) {
        long n = Math.floorMod(UUID.nameUUIDFromBytes((registrationId + reason).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits(), 1_000_000_000_000L);
        return String.format("%012d", n);
    }

    private void send(String queue, String body, RegistrationRecord r, String kind, String duplicateId) {
        Map<String, String> headers = Map.of(
                MessageHeaders.REGISTRATION_ID, r.id().toString(),
                MessageHeaders.MESSAGE_KIND, kind,
                MessageHeaders.COURT_ID, r.courtId(),
                MessageHeaders.PARTNER_ID, r.partnerId());
        outbox.stage(new OutboundMessage(queue, duplicateId, kind, r.trackingId(), body, headers));
    }
}
