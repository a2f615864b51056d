package org.csx.gateway.district;

import org.csx.gateway.contract.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsMessage;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.district.DistrictMessageType;
import org.csx.gateway.contract.district.DistrictRejectionType;
import org.csx.gateway.contract.district.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.identity.Identity;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.routing.District;
import org.csx.gateway.routing.OutboundQueues;
import org.csx.gateway.validation.TransmittalSchemaValidator;
import org.csx.gateway.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district's message off district.&lt;id&gt;.outbound (routes/district-outbound.yaml), in one database transaction:
 * who sent it (the broker's validated login, never the queue name or the body), then every check intake makes, then
 * either the transmittal to the partner staged in the outbox with the case-history line and the district_message row,
 * or the refusal with every violation on district.&lt;id&gt;.rejections. Nothing half done: a failure rolls all back and
 * the broker redelivers; a redelivered message already handled does nothing (district_message.message_key).
 */
public class DistrictOutbound {

    static final String FORWARD_REASON = "GSFWD";
    static final String MESSAGE_KIND = "CSENET_DISTRICT_MESSAGE";
    static final String NOT_FROM_THIS_DISTRICT = "NOT_FROM_THIS_DISTRICT";
    static final String MESSAGE_TOO_LARGE = "MESSAGE_TOO_LARGE";
    static final String CASE_NOT_HELD = "CASE_NOT_HELD_BY_DISTRICT";
    static final String NO_SUCH_JURISDICTION = "NO_SUCH_JURISDICTION";
    static final String FORWARDING_INVALID = "FORWARDING_INVALID";
    /** Set by the broker on every message (identity.ValidatedUserStamp); a sender cannot choose it. */
    static final String VALIDATED_USER = org.csx.gateway.identity.ValidatedUserStamp.VALIDATED_USER;
    private static final Logger log = LoggerFactory.getLogger(DistrictOutbound.class);

    private final ContractXml contractXml;
    private final TransmittalSchemaValidator messageSchema = new TransmittalSchemaValidator("schemas/district-message.xsd");
    private final TransmittalSchemaValidator transmittalSchema = new TransmittalSchemaValidator();
    private final DistrictMessageRules rules;
    private final DistrictMessages messages;
    private final DistrictLookup districts;
    private final TransmittalLedger ledger;
    private final JurisdictionDirectory jurisdictions;
    private final OutboundQueues queues;
    private final Outbox outbox;
    private final DistrictRequestClocks clocks;
    private final TransactionTemplate transaction;
    private final CsxProperties properties;
    private final Clock clock;
    private final int maxBytes;
    private final org.csx.gateway.processing.ManualRouting referrals;
    private final org.csx.gateway.contract.transmittal.ObjectFactory transmittals =
            new org.csx.gateway.contract.transmittal.ObjectFactory();
    private final org.csx.gateway.contract.district.ObjectFactory districtObjects =
            new org.csx.gateway.contract.district.ObjectFactory();

    DistrictOutbound(ContractXml contractXml, DistrictMessageRules rules, DistrictMessages messages,
                     DistrictLookup districts, TransmittalLedger ledger, JurisdictionDirectory jurisdictions,
                     OutboundQueues queues, Outbox outbox, DistrictRequestClocks clocks,
                     PlatformTransactionManager transactionManager, CsxProperties properties, Clock clock, int maxBytes,
                     org.csx.gateway.processing.ManualRouting referrals) {
        this.referrals = referrals;
        this.contractXml = contractXml;
        this.rules = rules;
        this.messages = messages;
        this.districts = districts;
        this.ledger = ledger;
        this.jurisdictions = jurisdictions;
        this.queues = queues;
        this.outbox = outbox;
        this.clocks = clocks;
        this.transaction = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The route's step: the district id is the route's (one route per district queue), never the message's. */
    public void receive(Exchange exchange) {
        String districtId = exchange.getProperty(MessageHeaders.DISTRICT_QUEUE, String.class);
        String sender = validatedUser(exchange);
        String jmsId = exchange.getMessage().getHeader("JMSMessageID", String.class);
        String messageKey = "district-" + districtId + "-" + (jmsId == null ? UUID.randomUUID() : jmsId);
        Object raw = exchange.getMessage().getBody();
        transaction.executeWithoutResult(tx -> handle(districtId, sender, messageKey, raw));
    }

    void handle(String districtId, String sender, String messageKey, Object raw) {
        if (messages.handled(messageKey)) {
            return;
        }
        UUID id = UUID.randomUUID();
        if (!Identity.districtLogin(districtId).equals(sender)) {
            // Only the district's own login may send there (broker roles); anyone else's message is not the district's
            // word: recorded and shown to staff, never sent, never put on the district's queues.
            List<Violation> v = List.of(new Violation(NOT_FROM_THIS_DISTRICT, DistrictMessageRules.ROOT,
                    "The message on district." + districtId + ".outbound was not sent by " + Identity.districtLogin(districtId) + "."));
            messages.recordRefused(id, messageKey, districtId, null, v);
            outbox.stage(new OutboundMessage(properties.getQueues().getExceptions(), "district-refused-" + id,
                    "DISTRICT_MESSAGE_REFUSED", null, null, Map.of(MessageHeaders.DISTRICT_ID, districtId,
                    MessageHeaders.ROUTING_PROBLEM, "Message on district." + districtId + ".outbound sent by "
                            + (sender == null ? "an unknown user" : sender) + ", not by the district; not sent")));
            log.warn("Refused a message on district.{}.outbound not sent by the district's login", districtId);
            return;
        }
        String xml = text(raw);
        if (xml == null) {
            refuse(id, messageKey, districtId, null, List.of(new Violation(MESSAGE_TOO_LARGE, DistrictMessageRules.ROOT,
                    "The message is empty or larger than " + maxBytes + " bytes; send documents by reference.")));
            return;
        }
        List<Violation> schema = messageSchema.validate(xml);
        if (!schema.isEmpty()) {
            refuse(id, messageKey, districtId, null, schema);
            return;
        }
        DistrictMessageType message = contractXml.read(xml, DistrictMessageType.class);
        District district = districts.byId(districtId).orElseThrow(() ->
                new IllegalStateException("no district " + districtId + " for its own queue"));
        List<Violation> violations = new ArrayList<>(DistrictMessageRules.shape(message));
        Optional<UUID> caseId = Optional.ofNullable(message.getCaseTrackingId()).map(UUID::fromString);
        Optional<Counterpart> to = Optional.empty();
        if (violations.isEmpty()) {
            to = caseId.isPresent() ? caseCounterpart(caseId.get(), districtId, violations)
                    : requestCounterpart(message.getReceiverLocatorCode(), message.getPartnerCaseId(), violations);
        }
        Optional<District> forwardTo = Optional.empty();
        List<String> extraInformation = new ArrayList<>();
        if (violations.isEmpty() && message.getForwarding() != null) {
            forwardTo = forwarding(message, district, extraInformation, violations);
        }
        if (!violations.isEmpty() || to.isEmpty()) {
            refuse(id, messageKey, districtId, message.getMessageId(), violations);
            return;
        }
        String serial = messages.nextSerial();
        LocalDate today = clocks.today(clock.instant());
        TransmittalType outgoing = OutgoingTransmittals.build(message, district, to.get(), serial, today, extraInformation);
        violations.addAll(rules.check(outgoing, jurisdictions.forSender(DistrictMessageRules.asSender(to.get()))));
        String outgoingXml = contractXml.toXml(transmittals.createTransmittal(outgoing));
        if (violations.isEmpty()) {
            violations.addAll(transmittalSchema.validate(outgoingXml));
        }
        if (!violations.isEmpty()) {
            refuse(id, messageKey, districtId, message.getMessageId(), violations);
            return;
        }
        send(id, messageKey, district, message, to.get(), caseId, forwardTo, outgoing, outgoingXml);
    }

    private void send(UUID id, String messageKey, District district, DistrictMessageType message, Counterpart to,
                      Optional<UUID> caseId, Optional<District> forwardTo, TransmittalType outgoing, String outgoingXml) {
        String label = OutgoingTransmittals.label(outgoing);
        String serial = outgoing.getHeader().getTransactionSerialNumber();
        String outboxKey = "district-msg-" + id;
        Map<String, String> headers = new HashMap<>();
        headers.put(MessageHeaders.TRACKING_ID, id.toString());
        headers.put(MessageHeaders.PARTNER_ID, to.partnerId());
        headers.put(MessageHeaders.DISTRICT_ID, district.id());
        headers.put(MessageHeaders.MESSAGE_KIND, MESSAGE_KIND);
        headers.put(MessageHeaders.CSENET_TRANSACTION, label);
        headers.put(MessageHeaders.SERIAL_NUMBER, serial);
        caseId.ifPresent(c -> headers.put(MessageHeaders.CASE_TRACKING_ID, c.toString()));
        outbox.stage(new OutboundMessage(queues.partner(to.partnerId()), outboxKey, MESSAGE_KIND, caseId.orElse(id),
                outgoingXml, headers));
        boolean request = message.getActionCode() == ActionCode.R;
        messages.recordSent(id, messageKey, district.id(), message.getMessageId(), forwardTo.isPresent() ? "FORWARDED" : "SENT",
                caseId.orElse(null), to.partnerId(), label, message.getDistrictCaseId(), to.partnerCaseId(),
                district.locatorCode(), to.locatorCode(), serial, outboxKey);
        caseId.ifPresent(c -> messages.caseEvent(c, "district " + district.id() + " sent " + label + " to partner "
                + to.partnerId() + " (our serial " + serial + ", message " + id + ")"));
        forwardTo.ifPresent(next -> forward(caseId.orElseThrow(), district, next, id));
        if (request) {
            clocks.open(id, label, to.partnerId(), OffsetDateTime.now(clock).toInstant());
        }
        log.info("District {} sent {} to partner {} (serial {}, message {})", district.id(), label, to.partnerId(), serial, id);
    }

    /** The case moves to the district of the county the NCP lives in; that district gets it as a referral. */
    private void forward(UUID caseId, District from, District to, UUID messageId) {
        messages.moveCase(caseId, to.id());
        messages.caseEvent(caseId, "forwarded by district " + from.id() + " to district " + to.id()
                + " (the noncustodial parent lives there), message " + messageId);
        String referral = referrals.referralTo(caseId, to);
        outbox.stage(new OutboundMessage(queues.district(to.id()), "district-forward-" + messageId, "FORWARDED_REFERRAL",
                caseId, referral, Map.of(MessageHeaders.TRACKING_ID, caseId.toString(), MessageHeaders.DISTRICT_ID, to.id(),
                MessageHeaders.FORWARDED_FROM, from.id(), MessageHeaders.MESSAGE_KIND, "FORWARDED_REFERRAL")));
    }

    private Optional<District> forwarding(DistrictMessageType message, District from, List<String> information,
                                          List<Violation> violations) {
        String county = message.getForwarding().getCounty();
        String state = message.getForwarding().getState();
        String path = DistrictMessageRules.ROOT + "/Forwarding";
        if (county != null) {
            Optional<District> next = county.startsWith(properties.getHomeState()) ? districts.forCounty(county) : Optional.empty();
            if (next.isEmpty()) {
                violations.add(new Violation(FORWARDING_INVALID, path + "/County", "County " + county
                        + " is not a county of this state; name another state with Forwarding/State."));
            } else if (next.get().id().equals(from.id())) {
                violations.add(new Violation(FORWARDING_INVALID, path + "/County", "County " + county
                        + " is served by this district already."));
            } else {
                String line = ("CASE FORWARDED TO " + next.get().name()).toUpperCase(java.util.Locale.ROOT);
                information.add(line.length() > 80 ? line.substring(0, 80) : line);
                information.add("NEW LOCATOR CODE " + next.get().locatorCode());
                return next;
            }
        } else if (state != null) {
            Optional<String> name = jurisdictions.state(state).map(j -> j.name());
            if (name.isEmpty() || state.equals(properties.getHomeState())) {
                violations.add(new Violation(FORWARDING_INVALID, path + "/State", "State FIPS " + state
                        + " is not another state in the partner directory."));
            } else {
                String line = ("NCP RESIDES IN " + name.get() + " (STATE FIPS " + state + ")").toUpperCase(java.util.Locale.ROOT);
                information.add(line.length() > 80 ? line.substring(0, 80) : line);
            }
        }
        return Optional.empty();
    }

    /** P, U, C, M, A: the case must be one the registry referred to this very district. */
    private Optional<Counterpart> caseCounterpart(UUID caseId, String districtId, List<Violation> violations) {
        Optional<TransmittalView> found = ledger.find(caseId).filter(v -> districtId.equals(v.districtId()));
        Optional<DistrictMessages.Request> own = found.isPresent() ? Optional.empty()
                : messages.request(caseId).filter(r -> districtId.equals(r.districtId()));
        if (own.isPresent()) {
            // an update, cancel or reminder on the district's own request
            DistrictMessages.Request r = own.get();
            String name = jurisdictions.jurisdictionOf(r.partnerId()).map(j -> j.name()).orElse(r.partnerId());
            return Optional.of(new Counterpart(r.partnerId(), name, SenderKind.STATE_IV_D_AGENCY, r.receiverLocator(), null,
                    r.partnerCaseId()));
        }
        if (found.isEmpty()) {
            // the same sentence for a case that does not exist and another district's case: nothing leaks
            violations.add(new Violation(CASE_NOT_HELD, DistrictMessageRules.ROOT + "/CaseTrackingId",
                    "The registry referred no case with this tracking id to district " + districtId + "."));
            return Optional.empty();
        }
        TransmittalView v = found.get();
        SenderKind kind = SenderKind.fromValue(v.senderKind());
        String locator = v.senderLocatorCode() != null ? v.senderLocatorCode() : properties.getRegistryLocatorCode();
        String name = jurisdictions.jurisdictionOf(v.partnerId()).map(j -> j.name()).orElse(v.partnerId());
        return Optional.of(new Counterpart(v.partnerId(), name, kind, locator, v.senderCountryCode(), v.senderCaseId()));
    }

    /** R: the jurisdiction asked, from the directory by its locator code; never this state. */
    private Optional<Counterpart> requestCounterpart(String locatorCode, String partnerCaseId, List<Violation> violations) {
        String path = DistrictMessageRules.ROOT + "/ReceiverLocatorCode";
        if (locatorCode.startsWith(properties.getHomeState())) {
            violations.add(new Violation(NO_SUCH_JURISDICTION, path, "A request goes to another jurisdiction; "
                    + locatorCode + " is in this state (use Forwarding to move a case between districts)."));
            return Optional.empty();
        }
        Optional<Partner> partner = jurisdictions.csenetSender(locatorCode);
        if (partner.isEmpty()) {
            violations.add(new Violation(NO_SUCH_JURISDICTION, path, "No jurisdiction in the partner directory has locator code "
                    + locatorCode + "."));
            return Optional.empty();
        }
        String name = jurisdictions.jurisdictionOf(partner.get().id()).map(j -> j.name()).orElse(partner.get().name());
        return Optional.of(new Counterpart(partner.get().id(), name, partner.get().kind(), locatorCode, null, partnerCaseId));
    }

    private void refuse(UUID id, String messageKey, String districtId, String messageId, List<Violation> violations) {
        messages.recordRefused(id, messageKey, districtId, messageId, violations);
        DistrictRejectionType rejection = new DistrictRejectionType();
        rejection.setMessageId(messageId);
        rejection.setRefusedAt(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        for (Violation v : violations) {
            ViolationType t = new ViolationType();
            t.setCode(v.code());
            t.setPath(v.path());
            t.setMessage(v.message());
            rejection.getViolation().add(t);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put(MessageHeaders.DISTRICT_ID, districtId);
        headers.put(MessageHeaders.REJECTION_ID, id.toString());
        if (messageId != null) {
            headers.put(MessageHeaders.DISTRICT_MESSAGE_ID, messageId);
        }
        outbox.stage(new OutboundMessage(queues.districtRejections(districtId), "district-rejection-" + id,
                "DISTRICT_REJECTION", null, contractXml.toXml(districtObjects.createDistrictRejection(rejection)), headers));
        log.info("Refused a message from district {} with {} violation(s): {}", districtId, violations.size(),
                violations.stream().map(Violation::code).distinct().toList());
    }

    /** The body as text when it is within the limit; null when empty or too large. */
    private String text(Object raw) {
        if (raw instanceof byte[] bytes) {
            return bytes.length == 0 || bytes.length > maxBytes ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        if (raw instanceof String s) {
            return s.isBlank() || s.length() > maxBytes || s.getBytes(StandardCharsets.UTF_8).length > maxBytes ? null : s;
        }
        return null;
    }

    /** The broker login that sent the message, as the broker validated it; null when there is none. */
    private static String validatedUser(Exchange exchange) {
        if (exchange.getMessage() instanceof JmsMessage jms && jms.getJmsMessage() != null) {
            try {
                return jms.getJmsMessage().getStringProperty(VALIDATED_USER);
            } catch (jakarta.jms.JMSException e) {
                return null;
            }
        }
        return null;
    }
}
