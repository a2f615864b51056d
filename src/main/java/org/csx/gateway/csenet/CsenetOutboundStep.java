package org.csx.gateway.csenet;

import org.csx.gateway.contract.MessageHeaders;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.intake.IntakeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step of routes/csenet-outbound.yaml: one message from partner.&lt;id&gt;.outbound, staged in that partner's
 * outbox ({@link CsenetOutbox}) as a CSENet acknowledgment or an error record. Staging is idempotent per tracking
 * id, so a redelivered message stages nothing twice; the flush writes the files.
 */
public class CsenetOutboundStep {

    private static final Logger log = LoggerFactory.getLogger(CsenetOutboundStep.class);

    private final ContractXml contractXml;
    private final CsenetAcknowledgmentRecords records;
    private final CsenetOutbox outbox;
    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();

    public CsenetOutboundStep(ContractXml contractXml, CsenetAcknowledgmentRecords records, CsenetOutbox outbox) {
        this.contractXml = contractXml;
        this.records = records;
        this.outbox = outbox;
    }

    /**
     * @param messageKind {@code csxMessageKind}: a {@code CSENET_…} message (MSC P REJCT, a registration's ENF P reply)
     *                    carries a canonical transmittal from us, written as it is, with our next serial number
     */
    public void stage(@Body String acknowledgmentXml, @Header(MessageHeaders.PARTNER_ID) String partnerId,
                      @Header(MessageHeaders.MESSAGE_KIND) String messageKind, @Header(MessageHeaders.TRACKING_ID) String trackingId,
                      @Header(MessageHeaders.REGISTRATION_ID) String registrationId) {
        if (messageKind != null && messageKind.startsWith("CSENET_")) {
            stageTransaction(acknowledgmentXml, partnerId, messageKind, trackingId != null ? trackingId : registrationId);
            return;
        }
        switch (rootElement(acknowledgmentXml)) {
            case "StatusResponse" -> {
                StatusResponseType r = contractXml.read(acknowledgmentXml, StatusResponseType.class);
                stageOnce("status-" + r.getTrackingId(), partnerId, () -> records.statusResponse(r,
                        outbox.nextSerialNumber(), LocalDateTime.now(ZoneOffset.UTC)));
                return;
            }
            case "DocumentsReminder" -> {
                DocumentsReminderType r = contractXml.read(acknowledgmentXml, DocumentsReminderType.class);
                stageOnce("reminder-" + r.getTrackingId() + "-" + r.getCreatedAt().toLocalDate(), partnerId,
                        () -> records.documentsReminder(r, outbox.nextSerialNumber(), LocalDateTime.now(ZoneOffset.UTC)));
                return;
            }
            default -> {
                // an Acknowledgment
            }
        }
        AcknowledgmentType ack = contractXml.read(acknowledgmentXml, AcknowledgmentType.class);
        // A registration's own acknowledgment (DOCUMENTS_REQUESTED, ENF A AADIN) carries the transmittal's tracking id
        // too: keyed like the processing acknowledgment it would be taken for one already staged and never written.
        String key = messageKind == null ? "ack-" + ack.getTrackingId()
                : messageKind + "-" + (registrationId != null ? registrationId : ack.getTrackingId()) + "-"
                        + ack.getCreatedAt().toInstant();
        if (outbox.isStaged(key)) {
            log.debug("Acknowledgment {} already staged for partner {}", ack.getTrackingId(), partnerId);
            return;
        }
        if (ack.getOutcome() == Outcome.REJECTED) {
            outbox.stage(key, partnerId, CsenetOutbox.Kind.ERROR, records.rejection(ack));
            log.debug("Rejection {} staged for partner {} ({})", ack.getTrackingId(), partnerId,
                    CsenetAcknowledgmentRecords.firstViolation(ack));
            return;
        }
        String serial = outbox.nextSerialNumber();
        records.acknowledgment(ack, serial, LocalDateTime.now(ZoneOffset.UTC)).ifPresentOrElse(
                record -> outbox.stage(key, partnerId, CsenetOutbox.Kind.TRANSACTION, record),
                () -> log.debug("Acknowledgment {} has no CSENet response code; nothing to write for partner {}",
                        ack.getTrackingId(), partnerId));
    }

    private void stageOnce(String key, String partnerId, java.util.function.Supplier<String> record) {
        if (outbox.isStaged(key)) {
            log.debug("{} already staged for partner {}", key, partnerId);
            return;
        }
        outbox.stage(key, partnerId, CsenetOutbox.Kind.TRANSACTION, record.get());
    }

    /**
     * The local name of the message's root element. The JAXB reads bind by declared type and would take any root,
     * so a StatusResponse read as an Acknowledgment would silently write nothing.
     */
    public static String rootElement(String xml) {
        try {
            XMLStreamReader reader = INPUT.createXMLStreamReader(new StringReader(xml));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                return "";
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static final XMLInputFactory INPUT = inputFactory();

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private void stageTransaction(String transmittalXml, String partnerId, String messageKind, String about) {
        String key = messageKind + "-" + about;
        if (outbox.isStaged(key)) {
            log.debug("{} about {} already staged for partner {}", messageKind, about, partnerId);
            return;
        }
        TransmittalType transaction = contractXml.readTransmittal(transmittalXml);
        transaction.getHeader().setTransactionSerialNumber(outbox.nextSerialNumber());
        outbox.stage(key, partnerId, CsenetOutbox.Kind.TRANSACTION,
                writer.write(transaction, HeaderLayout.SENT, LocalDateTime.now(ZoneOffset.UTC)));
        log.debug("{} about {} staged for partner {}", messageKind, about, partnerId);
    }
}
