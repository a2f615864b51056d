package org.csx.gateway.csenet;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.TransmittalType;

/** Test helper: compare transmittals by their XML, validated against the contract schema. */
final class Transmittals {
    private static final JAXBContext CONTEXT;
    private static final Schema SCHEMA;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(TransmittalType.class);
            SCHEMA = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Transmittals.class.getResource("/schemas/transmittal.xsd"));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Transmittals() {
    }

    /** The transmittal as XML; fails if it breaks the contract schema. */
    static String xml(TransmittalType t) {
        try {
            Marshaller m = CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            m.setSchema(SCHEMA);
            StringWriter out = new StringWriter();
            m.marshal(new ObjectFactory().createTransmittal(t), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new AssertionError("Transmittal breaks the contract: " + e, e);
        }
    }

    static TransmittalType read(String resource) {
        try (InputStream in = Transmittals.class.getResourceAsStream(resource)) {
            return CONTEXT.createUnmarshaller().unmarshal(new StreamSource(in), TransmittalType.class).getValue();
        } catch (Exception e) {
            throw new AssertionError("Cannot read " + resource, e);
        }
    }
}
