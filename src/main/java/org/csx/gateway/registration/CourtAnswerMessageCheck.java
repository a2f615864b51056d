package org.csx.gateway.registration;

import org.csx.gateway.contract.ContractSchemas;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a CourtAnswer message from a court's queue must be before anything reads it: at most 64 KB, no DOCTYPE
 * (so no external entities and no entity expansion), well-formed, and valid against registration-packet.xsd
 * with a CourtAnswer root. The reason for a refusal never quotes the message.
 */
final class CourtAnswerMessageCheck {

    static final int MAX_BYTES = 64 * 1024;
    private static final String SCHEMA_RESOURCE = "schemas/registration-packet.xsd";
    private static final String NS = "urn:csx:registration:1";

    private final Schema schema;

    CourtAnswerMessageCheck() {
        this.schema = ContractSchemas.load(SCHEMA_RESOURCE);
    }

    /** Why the message is refused, or empty when it may be read. */
    Optional<String> refusal(String xml) {
        if (xml == null || xml.isBlank()) {
            return Optional.of("The message is empty.");
        }
        if (xml.length() > MAX_BYTES || xml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The message is larger than " + MAX_BYTES + " bytes.");
        }
        RootCheck root = new RootCheck();
        ValidatorHandler validator = schema.newValidatorHandler();
        validator.setContentHandler(root);
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            XMLReader reader = secureReader();
            reader.setContentHandler(validator);
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            return Optional.of(xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")
                    ? "The message contains a DOCTYPE declaration, which is refused."
                    : "The message is not a CourtAnswer valid against registration-packet.xsd.");
        }
        return root.isCourtAnswer ? Optional.empty() : Optional.of("The message's root element is not a CourtAnswer.");
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }

    private static final class RootCheck extends DefaultHandler {
        private boolean seenRoot;
        private boolean isCourtAnswer;

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
            if (!seenRoot) {
                seenRoot = true;
                isCourtAnswer = NS.equals(uri) && "CourtAnswer".equals(localName);
            }
        }
    }
}
