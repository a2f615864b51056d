package org.csx.gateway.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One SubmitTransmittal call to a partner's exchange endpoint (schemas/exchange.wsdl, SOAP 1.1 document/literal, HTTP
 * Basic), as any partner's client makes it. The answer is classified, never logged: a Receipt (kept as evidence), a
 * SOAP fault (its code, and the ex:IntakeFault code), another HTTP status, or no answer at all.
 */
class SoapPush {

    static final String SOAP_ACTION = "\"urn:csx:exchange-service:1:SubmitTransmittal\"";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String EXCHANGE_NS = "urn:csx:exchange:1";

    enum Outcome { RECEIPTED, FAULT, HTTP_ERROR, UNREACHABLE, TIMEOUT, NOT_SENT }

    /**
     * @param permanent sending the same message again cannot succeed (the partner refused its content or our login):
     *                  no retry, straight to staff
     */
    record Result(Outcome outcome, Integer httpStatus, String faultCode, String receiptXml, String partnerTrackingId,
                  boolean permanent) {
        static Result notSent() {
            return new Result(Outcome.NOT_SENT, null, null, null, null, false);
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;

    SoapPush(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.requestTimeout = requestTimeout;
    }

    Result push(String endpoint, PartnerCredentials.Login login, String transmittalXml) {
        String envelope = "<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\"><soap:Body>"
                + transmittalXml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "") + "</soap:Body></soap:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(requestTimeout)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", SOAP_ACTION)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (login.user() + ":" + login.secret()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return new Result(Outcome.UNREACHABLE, null, null, null, null, false);
        } catch (HttpTimeoutException e) {
            return new Result(Outcome.TIMEOUT, null, null, null, null, false);
        } catch (IOException e) {
            return new Result(Outcome.UNREACHABLE, null, null, null, null, false);
        } catch (InterruptedException e) {
            // shutting down: roll the attempt back rather than record one that was not made
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("delivery interrupted");
        }
        return classify(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    static Result classify(int status, byte[] body) {
        return classify(status, "text/xml", body);
    }

    /** @param contentType a csx-gateway answers MTOM-enabled (multipart/related, the envelope in the root part) */
    static Result classify(int status, String contentType, byte[] body) {
        Document document = parse(rootPart(contentType, body));
        Element receipt = document == null ? null : first(document, EXCHANGE_NS, "Receipt");
        if (status == 200 && receipt != null) {
            Element tracking = first(receipt, EXCHANGE_NS, "TrackingId");
            return new Result(Outcome.RECEIPTED, status, null, serialize(receipt),
                    tracking == null ? null : tracking.getTextContent().trim(), false);
        }
        Element fault = document == null ? null : first(document, SOAP_NS, "Fault");
        if (fault != null) {
            String code = localText(fault, "faultcode");
            Element intake = first(fault, EXCHANGE_NS, "Code");
            String faultCode = (code == null ? "" : code.replaceFirst("^.*:", ""))
                    + (intake == null ? "" : "/" + intake.getTextContent().trim());
            boolean client = faultCode.startsWith("Client");
            return new Result(Outcome.FAULT, status, truncate(faultCode), null, null, client);
        }
        // 401/403: our login is refused; 4xx other than timeouts and throttling: the request itself is wrong. Not 404:
        // a csx-gateway starting up answers it until its SOAP services are published (seen in TwoGatewaysEndToEndTest),
        // so a wrong path is told from a restart only by the attempts running out
        boolean permanent = status >= 400 && status < 500 && status != 404 && status != 408 && status != 429;
        return new Result(Outcome.HTTP_ERROR, status, null, null, null, permanent);
    }

    /** The SOAP envelope of a multipart/related (MTOM/XOP) answer: its first part, without the part's headers. */
    static byte[] rootPart(String contentType, byte[] body) {
        if (body == null || contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return body;
        }
        var m = java.util.regex.Pattern.compile("boundary=\"?([^\";]+)\"?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(contentType);
        if (!m.find()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String delimiter = "--" + m.group(1);
        int start = text.indexOf(delimiter);
        if (start < 0) {
            return body;
        }
        int headersEnd = text.indexOf("\r\n\r\n", start);
        int end = text.indexOf("\r\n" + delimiter, start + delimiter.length());
        if (headersEnd < 0 || end < 0 || end < headersEnd) {
            return body;
        }
        return text.substring(headersEnd + 4, end).getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String localText(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element first(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static Element first(Element e, String ns, String name) {
        NodeList list = e.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static Document parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null; // not XML: classified by its HTTP status
        }
    }

    private static String serialize(Element e) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var t = f.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(out));
            return out.toString();
        } catch (TransformerException ex) {
            throw new IllegalStateException("cannot keep the receipt", ex);
        }
    }
}
