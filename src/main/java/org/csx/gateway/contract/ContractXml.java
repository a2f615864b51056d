package org.csx.gateway.contract;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.springframework.stereotype.Component;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Marshals and unmarshals the contract classes generated from schemas/. One JAXBContext for all of
 * them (it is costly to build and thread-safe); unmarshalling goes through a parser that refuses DTDs.
 */
@Component
public class ContractXml {

    /** Each thread's output buffer for {@link #toXml}, kept between calls unless a message made it larger than this. */
    private static final int KEPT_OUTPUT_BYTES = 64 * 1024;
    private static final ThreadLocal<ByteArrayOutputStream> OUTPUT =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(16 * 1024));

    private final JAXBContext context;
    private final XMLInputFactory inputFactory;
    /**
     * Makes the empty documents answers are marshalled into. Thread-safe and stateless (the JDK's is a singleton); a
     * new DocumentBuilder per answer built a parser configuration every time: 3.5 % of the gateway's sampled
     * allocation under the SOAP load (JFR, docs/performance.md).
     */
    private final DOMImplementation documents;

    public ContractXml() {
        try {
            context = JAXBContext.newInstance(
                    org.csx.gateway.contract.transmittal.ObjectFactory.class,
                    org.csx.gateway.contract.common.ObjectFactory.class,
                    org.csx.gateway.contract.exchange.ObjectFactory.class,
                    org.csx.gateway.contract.acknowledgment.ObjectFactory.class,
                    org.csx.gateway.contract.referral.ObjectFactory.class,
                    org.csx.gateway.contract.registration.ObjectFactory.class,
                    org.csx.gateway.contract.district.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("contract classes cannot be bound", e);
        }
        inputFactory = XMLInputFactory.newFactory();
        inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            documents = factory.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }

    public String toXml(JAXBElement<?> element) {
        try {
            // To bytes, not to a Writer: JAXB writes UTF-8 bytes directly (its fastest output), while a Writer goes
            // through SAX events and an escaping writer (docs/performance.md).
            // Into this thread's buffer, kept between calls: a new one grew by doubling to each referral's size.
            ByteArrayOutputStream out = OUTPUT.get();
            out.reset();
            marshaller().marshal(element, out);
            String xml = out.toString(StandardCharsets.UTF_8);
            if (out.size() > KEPT_OUTPUT_BYTES) {
                OUTPUT.remove(); // an unusually large message's buffer is not kept
            }
            return xml;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getName(), e);
        }
    }

    public Document toDocument(JAXBElement<?> element) {
        try {
            // no namespace, no name, no doctype: an empty document, as DocumentBuilder.newDocument makes
            Document document = documents.createDocument(null, null, null);
            marshaller().marshal(element, document);
            return document;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getName(), e);
        }
    }

    public TransmittalType readTransmittal(String xml) {
        return read(xml, TransmittalType.class);
    }

    public <T> T read(String xml, Class<T> type) {
        try {
            XMLStreamReader reader = inputFactory.createXMLStreamReader(new StringReader(xml));
            try {
                return context.createUnmarshaller().unmarshal(reader, type).getValue();
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads from a source as CXF hands it over (a SOAP body in PAYLOAD mode). */
    public <T> T read(Source source, Class<T> type) {
        try {
            XMLStreamReader reader = inputFactory.createXMLStreamReader(source);
            try {
                return context.createUnmarshaller().unmarshal(reader, type).getValue();
            } finally {
                reader.close();
            }
        } catch (JAXBException | XMLStreamException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A transmittal read from SAX events as a validating parse passes them on (validation.TransmittalSchemaValidator),
     * so one parse both validates and reads. {@link TransmittalReading#transmittal()} is what
     * {@link #readTransmittal(String)} would give for the same document.
     */
    public TransmittalReading transmittalReading() {
        try {
            return new TransmittalReading(context.createUnmarshaller().getUnmarshallerHandler());
        } catch (JAXBException e) {
            throw new IllegalStateException("contract classes cannot be read", e);
        }
    }

    /**
     * Feeds the events to JAXB. A document the schema refuses may also be one JAXB cannot read: then the events stop
     * here (the parse and its validation go on, so every schema violation is still reported) and
     * {@link #transmittal()} fails as {@link #readTransmittal(String)} would.
     */
    public static final class TransmittalReading implements ContentHandler {

        private final UnmarshallerHandler jaxb;
        private Exception failure;

        private TransmittalReading(UnmarshallerHandler jaxb) {
            this.jaxb = jaxb;
        }

        /** The transmittal read, once the parse has ended. */
        public TransmittalType transmittal() {
            if (failure == null) {
                try {
                    if (jaxb.getResult() instanceof JAXBElement<?> element && element.getValue() instanceof TransmittalType t) {
                        return t;
                    }
                    failure = new IllegalStateException("the document is not a Transmittal");
                } catch (JAXBException | IllegalStateException e) {
                    failure = e;
                }
            }
            throw new IllegalArgumentException("cannot read TransmittalType: " + failure.getMessage(), failure);
        }

        private interface Event {
            void feed() throws SAXException;
        }

        private void feed(Event event) {
            if (failure != null) {
                return;
            }
            try {
                event.feed();
            } catch (SAXException | RuntimeException e) {
                failure = e;
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            jaxb.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() {
            feed(jaxb::startDocument);
        }

        @Override
        public void endDocument() {
            feed(jaxb::endDocument);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            feed(() -> jaxb.startPrefixMapping(prefix, uri));
        }

        @Override
        public void endPrefixMapping(String prefix) {
            feed(() -> jaxb.endPrefixMapping(prefix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            feed(() -> jaxb.startElement(uri, localName, qName, atts));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            feed(() -> jaxb.endElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            feed(() -> jaxb.characters(ch, start, length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            feed(() -> jaxb.ignorableWhitespace(ch, start, length));
        }

        @Override
        public void processingInstruction(String target, String data) {
            feed(() -> jaxb.processingInstruction(target, data));
        }

        @Override
        public void skippedEntity(String name) {
            feed(() -> jaxb.skippedEntity(name));
        }
    }

    private Marshaller marshaller() throws JAXBException {
        Marshaller marshaller = context.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        return marshaller;
    }
}
