package org.csx.gateway.registration;

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
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Marshals the registration contract (schemas/registration-packet.xsd, which embeds tx:Transmittal).
 * One JAXBContext (thread-safe); unmarshalling refuses DTDs and external entities.
 */
@Component
public class RegistrationXml {

    private final JAXBContext context;
    private final XMLInputFactory inputFactory;
    private final DocumentBuilderFactory documentBuilders;

    public RegistrationXml() {
        try {
            context = JAXBContext.newInstance(
                    org.csx.gateway.contract.registration.ObjectFactory.class,
                    org.csx.gateway.contract.transmittal.ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("registration contract classes cannot be bound", e);
        }
        inputFactory = XMLInputFactory.newFactory();
        inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        documentBuilders = DocumentBuilderFactory.newInstance();
        documentBuilders.setNamespaceAware(true);
    }

    public String toXml(JAXBElement<?> element) {
        try {
            StringWriter out = new StringWriter(8192);
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
