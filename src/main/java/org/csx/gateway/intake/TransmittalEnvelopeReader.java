package org.csx.gateway.intake;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.springframework.stereotype.Component;

/**
 * Reads a transmittal's header with a streaming parser that refuses any DOCTYPE, so no entity is
 * ever expanded or fetched. Stops at the end of the header: the rest is validated later.
 */
@Component
class TransmittalEnvelopeReader {

    static final String NAMESPACE = "urn:csx:transmittal:1";
    private static final Pattern SERIAL_PATTERN = Pattern.compile("[0-9]{12}");

    private final XMLInputFactory factory;

    public TransmittalEnvelopeReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    public TransmittalEnvelope read(String xml) {
        Map<String, String> fields = new HashMap<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                readHeader(reader, fields);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw malformed("The transmittal is not well-formed XML: " + firstLine(e.getMessage()));
        }
        return toEnvelope(fields);
    }

    /**
     * The envelope of a transmittal the gateway wrote itself from {@code header} (the CSENet file channel
     * translates each record to transmittal XML): taken from the header, not read back from that XML, with the
     * same checks as {@link #read}.
     */
    public TransmittalEnvelope of(HeaderType header) {
        SenderType sender = header.getSender();
        return envelope(sender == null || sender.getKind() == null ? null : sender.getKind().value(),
                sender == null ? null : sender.getLocatorCode(),
                sender == null ? null : sender.getCountryCode(),
                header.getTransactionSerialNumber(),
                header.getFunctionalType() == null ? null : header.getFunctionalType().value(),
                header.getActionCode() == null ? null : header.getActionCode().value(),
                header.getActionReason(),
                header.getSenderCaseId());
    }

    private void readHeader(XMLStreamReader reader, Map<String, String> fields) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        boolean root = true;
        boolean inHeader = false; // whether the root's current child is its Header
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD ->
                        throw malformed("DOCTYPE declarations and entities are not accepted.");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw malformed("Entity references are not accepted.");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root) {
                        if (!NAMESPACE.equals(reader.getNamespaceURI()) || !"Transmittal".equals(reader.getLocalName())) {
                            throw malformed("Expected a Transmittal element in namespace " + NAMESPACE + ", found {"
                                    + reader.getNamespaceURI() + "}" + reader.getLocalName() + ".");
                        }
                        root = false;
                    }
                    path.addLast(reader.getLocalName());
                    if (path.size() == 2) {
                        inHeader = "Header".equals(reader.getLocalName());
                    } else if (path.size() > 2 && !inHeader) {
                        return; // past the header
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!reader.isWhiteSpace()) {
                        fields.merge(String.join("/", path), reader.getText(), String::concat);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (path.size() == 2 && "Header".equals(path.peekLast())) {
                        return;
                    }
                    path.pollLast();
                }
                default -> { }
            }
        }
    }

    private TransmittalEnvelope toEnvelope(Map<String, String> fields) {
        return envelope(fields.get("Transmittal/Header/Sender/Kind"),
                fields.get("Transmittal/Header/Sender/LocatorCode"),
                fields.get("Transmittal/Header/Sender/CountryCode"),
                fields.get("Transmittal/Header/TransactionSerialNumber"),
                fields.get("Transmittal/Header/FunctionalType"),
                fields.get("Transmittal/Header/ActionCode"),
                fields.get("Transmittal/Header/ActionReason"),
                fields.get("Transmittal/Header/SenderCaseId"));
    }

    /** The header's values as read, checked: a serial number and a sender kind are required, the rest is cut to size. */
    private static TransmittalEnvelope envelope(String kindValue, String locatorCode, String countryCode, String serialValue,
                                                String functionalType, String actionCode, String actionReason,
                                                String senderCaseId) {
        String serial = trimmed(serialValue);
        if (serial == null || !SERIAL_PATTERN.matcher(serial).matches()) {
            throw malformed("Header/TransactionSerialNumber is required (12 digits): it identifies the transmittal.");
        }
        String kind = trimmed(kindValue);
        SenderKind senderKind;
        try {
            senderKind = SenderKind.fromValue(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed("Header/Sender/Kind is required: STATE_IV_D_AGENCY, TRIBUNAL, TRIBAL_IV_D_PROGRAM or "
                    + "FOREIGN_CENTRAL_AUTHORITY.");
        }
        return new TransmittalEnvelope(senderKind, trimmed(locatorCode), trimmed(countryCode), serial,
                limit(functionalType, 3), limit(actionCode, 1), limit(actionReason, 5), limit(senderCaseId, 15));
    }

    /** Values stored in the ledger before validation are cut to their column size; validation reports them. */
    private static String limit(String value, int max) {
        String v = trimmed(value);
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.isEmpty() ? null : v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static IntakeRefusedException malformed(String message) {
        return new IntakeRefusedException(IntakeFaultCode.MALFORMED_MESSAGE, message);
    }
}
