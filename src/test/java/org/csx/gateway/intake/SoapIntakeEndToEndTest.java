package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * What a partner meets at the SOAP door: receipts, resends, and a clear fault, with nothing stored,
 * for everything the gateway will not take.
 */
class SoapIntakeEndToEndTest extends GatewayTestSupport {

    @Test
    void theWsdlIsServedWithItsSchemas() throws Exception {
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(exchangeUrl() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("SubmitTransmittal", "CaseExchangeService", "transmittal.xsd");
    }

    @Test
    void aResentTransmittalGetsTheOriginalReceiptAndIsForwardedOnce() {
        String transmittal = example("lo1-request.xml");
        ReceiptType first = submit(CA, CA_SECRET, transmittal);
        awaitStatus(first.getTrackingId(), TransmittalStatus.ACKNOWLEDGED);
        receive("district.36001.inbound", first.getTrackingId());

        ReceiptType again = submit(CA, CA_SECRET, transmittal);

        assertThat(again.getTrackingId()).isEqualTo(first.getTrackingId());
        assertThat(again.getReceivedAt()).isEqualTo(first.getReceivedAt());
        assertThat(again.isResent()).isTrue();
        assertThat(storedCount(CA, serialOf(transmittal))).isEqualTo(1);
        // A resend is never queued, so nothing can be in flight: the district has had its one referral.
        assertThat(isOnQueue("district.36001.inbound", first.getTrackingId())).isFalse();
        TransmittalView view = ledger.find(java.util.UUID.fromString(first.getTrackingId())).orElseThrow();
        assertThat(view.history()).anySatisfy(event -> assertThat(event.detail()).contains("resent"));
    }

    @Test
    void aSerialNumberReusedForDifferentContentIsRefused() {
        String transmittal = example("lo1-request.xml");
        submit(CA, CA_SECRET, transmittal);
        String different = transmittal.replace("CA-LA-0000123", "CA-LA-0000999");

        assertThatThrownBy(() -> submit(CA, CA_SECRET, different))
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("SERIAL_NUMBER_REUSED");
        assertThat(storedCount(CA, serialOf(transmittal))).isEqualTo(1);
    }

    @Test
    void aPartnerClaimingToBeAnotherStateIsRefusedAndNothingIsStored() {
        String transmittal = example("est-request.xml"); // sender locator 4820100, Texas

        assertThatThrownBy(() -> submit(CA, CA_SECRET, transmittal))
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("SENDER_NOT_AUTHORIZED")
                .hasMessageContaining("4820100");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void aStateAgencyCannotSendAsAForeignCentralAuthority() {
        String transmittal = example("lo1-request.xml")
                .replace("<Kind>STATE_IV_D_AGENCY</Kind>", "<Kind>FOREIGN_CENTRAL_AUTHORITY</Kind>");

        assertThatThrownBy(() -> submit(CA, CA_SECRET, transmittal))
                .isInstanceOf(WebServiceException.class)
                .hasMessageContaining("SENDER_NOT_AUTHORIZED");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        String transmittal = example("lo1-request.xml");

        // Refused by the filter chain before CXF reads anything: 401, the same for a wrong secret and an unknown name
        assertThatThrownBy(() -> submit(CA, "not-the-secret", transmittal))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("401");
        assertThatThrownBy(() -> submit("no-such-partner", CA_SECRET, transmittal))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("401");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsStored() {
        String transmittal = example("lo1-request.xml");
        String body = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + soapEnvelope(transmittal.replace("<Name>California DCSS, Los Angeles</Name>", "<Name>&xxe;</Name>"));

        HttpResponse<String> response = postRaw(CA, CA_SECRET, body);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("root:");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void entityExpansionIsRefused() {
        String transmittal = example("lo1-request.xml");
        String body = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + soapEnvelope(transmittal.replace("<Name>California DCSS, Los Angeles</Name>", "<Name>&lol3;</Name>"));

        HttpResponse<String> response = postRaw(CA, CA_SECRET, body);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("lollol");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void malformedXmlGetsAFault() {
        String transmittal = example("lo1-request.xml");
        String truncated = soapEnvelope(transmittal).substring(0, 400);

        HttpResponse<String> response = postRaw(CA, CA_SECRET, truncated);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void aTransmittalInTheWrongNamespaceGetsAFault() {
        String transmittal = example("lo1-request.xml").replace("urn:csx:transmittal:1", "urn:example:other");

        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope(transmittal));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void aTransmittalWithoutASerialNumberGetsAFaultSayingSo() {
        String transmittal = example("lo1-request.xml").replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>", "");

        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope(transmittal));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("MALFORMED_MESSAGE", "TransactionSerialNumber");
    }

    @Test
    void aMessageOverTheSizeLimitIsRefused() {
        String transmittal = example("lo1-request.xml");
        String padding = "<!-- " + "x".repeat(250_000) + " -->";
        String oversized = transmittal.replace("</Transmittal>", padding + "</Transmittal>");

        HttpResponse<String> response = postRaw(CA, CA_SECRET, soapEnvelope(oversized));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("MESSAGE_TOO_LARGE");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }

    @Test
    void anOversizedMessageWithoutALengthIsStoppedWhileReading() {
        String transmittal = example("lo1-request.xml");
        String padding = "<!-- " + "x".repeat(250_000) + " -->";
        byte[] oversized = soapEnvelope(transmittal.replace("</Transmittal>", padding + "</Transmittal>"))
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(exchangeUrl()))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CA + ":" + CA_SECRET).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized)))
                .build();

        HttpResponse<String> response;
        try {
            response = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault");
        assertThat(storedCount(CA, serialOf(transmittal))).isZero();
    }
}
