package org.csx.gateway.contract;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Loads one of the contracts in schemas/ (packaged on the classpath) for validation, safely. */
public final class ContractSchemas {

    private ContractSchemas() {
    }

    /**
     * No DTDs; imports only of contracts beside it on the classpath (a file, a jar, or Spring Boot's nested jar),
     * never from the network.
     */
    public static Schema load(String resource) {
        URL url = ContractSchemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot load " + resource, e);
        }
    }
}
