package org.csx.gateway.validation;

import org.csx.gateway.contract.ContractSchemas;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates a transmittal against {@code classpath:schemas/transmittal.xsd} and reports every schema error, each
 * with the element path where it happened. Secure: a DOCTYPE is refused (so no entity expansion and no external
 * entities), and neither the parser nor the validator fetches anything. Values of personal fields are never
 * echoed. Built once; thread-safe ({@link Schema} is immutable; each thread keeps its own parser and validator).
 */
public final class TransmittalSchemaValidator {
    public static final String SCHEMA_INVALID = "SCHEMA_INVALID";
    public static final String MALFORMED_XML = "MALFORMED_XML";
    public static final String DOCTYPE_NOT_ALLOWED = "DOCTYPE_NOT_ALLOWED";

    static final String SCHEMA_RESOURCE = "schemas/transmittal.xsd";
    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";

    private final Schema schema;
    private final ThreadLocal<ValidatorHandler> validators;

    public TransmittalSchemaValidator() {
        this(SCHEMA_RESOURCE);
    }

    /** The same strict validation against another contract schema (e.g. schemas/district-message.xsd). */
    public TransmittalSchemaValidator(String schemaResource) {
        this.schema = ContractSchemas.load(schemaResource);
        // one validator per thread, like the parser: it starts afresh at each document (startDocument resets it)
        this.validators = ThreadLocal.withInitial(() -> {
            ValidatorHandler handler = schema.newValidatorHandler();
            setQuietly(handler, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setQuietly(handler, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            setQuietly(handler, XERCES_LOCALE, Locale.ENGLISH);
            return handler;
        });
    }

    /** Every schema violation in the document; empty when it is valid. Never throws for bad input. */
    public List<Violation> validate(String transmittalXml) {
        return validate(transmittalXml, null);
    }

    /**
     * Every schema violation in the document, as {@link #validate(String)}; the same parse also passes the document
     * on to {@code reading} (JAXB reading it: contract.ContractXml#transmittalReading), so a transmittal is parsed
     * once. What {@code reading} got is only meaningful when the result is empty.
     */
    public List<Violation> validate(String transmittalXml, ContentHandler reading) {
        if (transmittalXml == null || transmittalXml.isBlank()) {
            return List.of(new Violation(MALFORMED_XML, Paths.ROOT, "The message is empty."));
        }
        ValidatorHandler handler = validators.get();
        handler.setContentHandler(reading);
        PathTracker tracker = new PathTracker(handler);
        handler.setErrorHandler(tracker);
        XMLReader reader = READERS.get();
        try {
            reader.setContentHandler(tracker);
            reader.setErrorHandler(FAIL_FAST);
            reader.parse(new InputSource(new StringReader(transmittalXml)));
        } catch (SAXParseException e) {
            return List.of(notWellFormed(transmittalXml, e));
        } catch (SAXException | IOException e) {
            return List.of(new Violation(MALFORMED_XML, Paths.ROOT, "The message could not be read as XML."));
        } finally {
            // the thread keeps its parser and validator, not the last document's handlers
            reader.setContentHandler(NO_CONTENT);
            handler.setContentHandler(null);
            handler.setErrorHandler(null);
        }
        return List.copyOf(tracker.violations);
    }

    /**
     * One secure parser per thread, reused (Xerces resets it at each parse): building one per document was a third of
     * validation's CPU (JFR). Configured once, never changed after.
     */
    private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(() -> {
        try {
            return secureReader();
        } catch (SAXException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    });
    private static final ErrorHandler FAIL_FAST = new FailFast();
    private static final ContentHandler NO_CONTENT = new org.xml.sax.helpers.DefaultHandler();

    private static Violation notWellFormed(String xml, SAXParseException e) {
        if (xml.contains("<!DOCTYPE")) {
            return new Violation(DOCTYPE_NOT_ALLOWED, Paths.ROOT, "The message contains a DOCTYPE declaration,"
                    + " which is refused for security; send the transmittal without a DOCTYPE or entities.");
        }
        return new Violation(MALFORMED_XML, Paths.ROOT, "The message is not well-formed XML (line "
                + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage());
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            setQuietly(reader, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setQuietly(reader, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            setQuietly(reader, XERCES_LOCALE, Locale.ENGLISH);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser available", e);
        }
    }

    private static void setQuietly(Object target, String property, Object value) {
        try {
            if (target instanceof XMLReader r) {
                r.setProperty(property, value);
            } else if (target instanceof ValidatorHandler v) {
                v.setProperty(property, value);
            }
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // an optional hardening or the message locale: the defaults are already safe
        }
    }

    /** Well-formedness errors end the parse: a broken document has no meaningful schema errors. */
    private static final class FailFast implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /**
     * Sits between the parser and the validator: keeps the element stack (with 1-based indexes for repeated
     * elements) and each element's text, so a schema error can be reported at its path with the value masked.
     */
    private static final class PathTracker extends XMLFilterImpl implements ErrorHandler {
        /** Elements the schema lets repeat; their path segments always carry an index. */
        private static final Set<String> REPEATED = Set.of(
                "Participant", "Order", "Collection", "AliasSsn", "Alias", "Employer", "TextLine", "Document");
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Integer> rootCounts = new HashMap<>();
        final List<Violation> violations = new ArrayList<>();

        PathTracker(ValidatorHandler validator) {
            setContentHandler(validator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            Frame parent = stack.peek();
            // Only repeated elements need their index; the path itself is built only for a violation (Frame.path):
            // a valid transmittal, nearly every one, costs one small object per element.
            int index = 0;
            if (REPEATED.contains(localName)) {
                Map<String, Integer> siblings = parent == null ? rootCounts : parent.childCounts();
                index = siblings.merge(localName, 1, Integer::sum);
            }
            stack.push(new Frame(localName, parent, index));
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName); // validates the content while the element is still on the stack
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            Frame top = stack.peek();
            if (top != null) {
                top.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            record(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            record(e);
        }

        private void record(SAXParseException e) {
            Frame top = stack.peek();
            String path = top == null ? Paths.ROOT : top.path();
            String element = top == null ? Paths.ROOT : top.name;
            String raw = e.getMessage() == null ? "" : e.getMessage();
            // Xerces follows a facet error with a summary ("cvc-type.3.1.3: The value ... is not valid") for the
            // same element: one violation per element is clearer and the summary adds nothing.
            if (top != null && top.reported && SchemaMessages.isSummary(raw)) {
                return;
            }
            if (top != null) {
                top.reported = true;
            }
            String value = top == null ? "" : top.text();
            violations.add(new Violation(SCHEMA_INVALID, path, SchemaMessages.readable(raw, element, value)));
        }
    }

    private static final class Frame {
        private static final int MAX_TEXT = 512;
        final String name;
        private final Frame parent;
        /** 1-based among siblings of the same name, for a repeated element; 0 otherwise. */
        private final int index;
        private Map<String, Integer> childCounts;
        private StringBuilder text;
        boolean reported;

        Frame(String name, Frame parent, int index) {
            this.name = name;
            this.parent = parent;
            this.index = index;
        }

        Map<String, Integer> childCounts() {
            if (childCounts == null) {
                childCounts = new HashMap<>();
            }
            return childCounts;
        }

        void append(char[] ch, int start, int length) {
            if (text == null) {
                text = new StringBuilder();
            }
            if (text.length() < MAX_TEXT) {
                text.append(ch, start, Math.min(length, MAX_TEXT - text.length()));
            }
        }

        String text() {
            return text == null ? "" : text.toString();
        }

        String path() {
            String segment = index > 0 ? name + "[" + index + "]" : name;
            return parent == null ? segment : parent.path() + "/" + segment;
        }
    }
}
