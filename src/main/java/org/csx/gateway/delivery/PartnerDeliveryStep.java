package org.csx.gateway.delivery;

import org.csx.gateway.contract.MessageHeaders;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.csx.gateway.csenet.CsenetOutbox;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.outbox.OutboxRelay;
import org.csx.gateway.partner.PartnerProfile;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The step of routes/partner-delivery.yaml: one message from partner.&lt;id&gt;.outbound of a SOAP partner becomes one
 * PENDING row of {@code partner_delivery}, with the transmittal to push (our serial number assigned once, here).
 * Keyed by the outbox row's key: a redelivered queue message makes no second row. The insert commits before the
 * broker acknowledges the message (no XA), which is why it must be idempotent.
 */
public class PartnerDeliveryStep {

    private static final Logger log = LoggerFactory.getLogger(PartnerDeliveryStep.class);

    private final JdbcTemplate jdbc;
    private final PartnerTransmittals transmittals;
    private final CsenetOutbox serials;
    private final java.util.function.Function<String, PartnerProfile> profiles;
    private final org.csx.gateway.contract.ContractXml contractXml;
    private final PartnerDeliveryWorker worker;
    private final PersonalDataCipher cipher;

    PartnerDeliveryStep(JdbcTemplate jdbc, PartnerTransmittals transmittals, CsenetOutbox serials,
                        java.util.function.Function<String, PartnerProfile> profiles,
                        org.csx.gateway.contract.ContractXml contractXml, PartnerDeliveryWorker worker,
                        PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.transmittals = transmittals;
        this.serials = serials;
        this.profiles = profiles;
        this.contractXml = contractXml;
        this.worker = worker;
        this.cipher = cipher;
    }

    /**
     * The AES-GCM context of a waiting delivery's body: the transmittal to a partner holds a case's personal data
     * (SSNs, dates of birth, addresses) until it is delivered or fails for good, when the body is dropped.
     */
    static String context(String messageKey) {
        return "partner_delivery:" + messageKey;
    }

    /**
     * @param partnerId from the route (made from configuration for this partner's queue), never from the message
     */
    public void accept(@Body String body, @ExchangeProperty(MessageHeaders.DELIVERY_PARTNER) String partnerId,
                       @Header(MessageHeaders.MESSAGE_KIND) String messageKind, @Header(MessageHeaders.OUTBOX_KEY) String outboxKey,
                       @Header("JMSMessageID") String jmsMessageId, @Header(MessageHeaders.TRACKING_ID) String trackingId) {
        String key = outboxKey != null ? outboxKey : "jms-" + jmsMessageId;
        Integer known = jdbc.queryForObject("SELECT count(*) FROM partner_delivery WHERE message_key = ?", Integer.class, key);
        if (known != null && known > 0) {
            log.debug("Message {} for partner {} already taken for delivery", key, partnerId);
            return;
        }
        PartnerProfile profile = profiles.apply(partnerId);
        var outgoing = transmittals.of(body, messageKind, serials::nextSerialNumber);
        if (outgoing.isEmpty()) {
            log.debug("Message {} for partner {} has no CSENet-style transaction; nothing to push", key, partnerId);
            return;
        }
        var transmittal = outgoing.get().transmittal();
        String xml = contractXml.toXml(new org.csx.gateway.contract.transmittal.ObjectFactory().createTransmittal(transmittal));
        int inserted = jdbc.update("""
                INSERT INTO partner_delivery (message_key, partner_id, endpoint, kind, tracking_id, serial_number,
                    csenet_transaction, body)
                VALUES (?, ?, ?, ?, ?::uuid, ?, ?, ?)
                ON CONFLICT (message_key) DO NOTHING
                """, key, partnerId, profile.channels().soapEndpoint(), messageKind == null ? "ACKNOWLEDGMENT" : messageKind,
                trackingId, transmittal.getHeader().getTransactionSerialNumber(), outgoing.get().csenetTransaction(),
                cipher.seal(xml, context(key)));
        if (inserted > 0) {
            log.debug("{} for partner {} waits for delivery (serial {})", outgoing.get().csenetTransaction(), partnerId,
                    transmittal.getHeader().getTransactionSerialNumber());
            worker.wake();
        }
    }
}
