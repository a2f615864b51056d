package org.csx.gateway.contract;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Marshals and unmarshals the contract classes generated from schemas/. One JAXBContext for all of
 * them (it is costly to build and thread-safe); unmarshalling goes through a parser that refuses DTDs.
 */
@Component
public class ContractXml {

    private final JAXBContext context;
    private final XMLInputFactory inputFactory;
    private final DocumentBuilderFactory documentBuilders;

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
        documentBuilders = DocumentBuilderFactory.newInstance();
        documentBuilders.setNamespaceAware(true);
    }

    public String toXml(JAXBElement<?> element) {
        try {
            StringWriter out = new StringWriter(2048);
            marshaller().marshal(element, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getName(), e);
        }
    }

    public Document toDocument(JAXBElement<?> element) {
        try {
            Document document = documentBuilders.newDocumentBuilder().newDocument();
            marshaller().marshal(element, document);
            return document;
        } catch (JAXBException | ParserConfigurationException e) {
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

    private Marshaller marshaller() throws JAXBException {
        Marshaller marshaller = context.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        return marshaller;
    }
}
