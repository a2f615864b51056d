package org.csx.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A SOAP answer carries back nothing of the request's or the route's headers (no credentials, no internal names), and
 * it is plain SOAP: a partner that sent a plain request reads its receipt without an MTOM parser.
 */
class SoapAnswerHeadersTest extends GatewayTestSupport {

    @Test
    void aReceiptDoesNotEchoTheCredentialsNorTheGatewaysInternalHeaders() {
        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope(example("lo1-request.xml")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("TrackingId");
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("Authorization")
                || name.toLowerCase().startsWith("csx") || name.equalsIgnoreCase("_AMQ_DUPL_ID")
                || name.equalsIgnoreCase("SOAPAction") || name.equalsIgnoreCase("User-Agent"));
    }

    @Test
    void aReceiptIsPlainSoapNotAnMtomPackage() {
        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope(example("lo1-request.xml")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body()).startsWith("<soap:Envelope").contains("TrackingId").doesNotContain("--uuid:");
    }

    @Test
    void aFaultDoesNotEchoThemEither() {
        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope("<Transmittal xmlns=\"urn:csx:transmittal:1\"/>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("Authorization")
                || name.toLowerCase().startsWith("csx") || name.equalsIgnoreCase("User-Agent"));
    }
}
