package org.csx.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pure logic of delivery: how an answer is classified, the back-off, the credentials reference. */
class SoapPushTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReceiptIsDeliveredAndKept() {
        var r = SoapPush.classify(200, bytes("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><Receipt xmlns=\"urn:csx:exchange:1\"><TrackingId>abc</TrackingId>"
                + "<ReceivedAt>2026-12-01T10:00:00Z</ReceivedAt><TransactionSerialNumber>000000000001</TransactionSerialNumber>"
                + "</Receipt></soap:Body></soap:Envelope>"));
        assertThat(r.outcome()).isEqualTo(SoapPush.Outcome.RECEIPTED);
        assertThat(r.partnerTrackingId()).isEqualTo("abc");
        assertThat(r.receiptXml()).contains("000000000001");
    }

    @Test
    void anMtomAnswerIsReadFromItsRootPart() {
        String body = "\r\n--uuid:b1\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
                + "Content-ID: <root>\r\n\r\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><Receipt xmlns=\"urn:csx:exchange:1\"><TrackingId>t-1</TrackingId></Receipt></soap:Body>"
                + "</soap:Envelope>\r\n--uuid:b1--";
        var r = SoapPush.classify(200, "multipart/related; type=\"application/xop+xml\"; boundary=\"uuid:b1\"; "
                + "start=\"<root>\"", bytes(body));
        assertThat(r.outcome()).isEqualTo(SoapPush.Outcome.RECEIPTED);
        assertThat(r.partnerTrackingId()).isEqualTo("t-1");
    }

    @Test
    void aClientFaultIsPermanentAndAServerFaultIsRetried() {
        String fault = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:%s</faultcode><faultstring>John Doe 123-45-6789 is bad</faultstring><detail>"
                + "<IntakeFault xmlns=\"urn:csx:exchange:1\"><Code>%s</Code><Message>x</Message></IntakeFault>"
                + "</detail></soap:Fault></soap:Body></soap:Envelope>";
        var client = SoapPush.classify(500, bytes(fault.formatted("Client", "SCHEMA_INVALID")));
        assertThat(client.outcome()).isEqualTo(SoapPush.Outcome.FAULT);
        assertThat(client.faultCode()).isEqualTo("Client/SCHEMA_INVALID").doesNotContain("Doe");
        assertThat(client.permanent()).isTrue();
        var server = SoapPush.classify(500, bytes(fault.formatted("Server", "UNAVAILABLE")));
        assertThat(server.permanent()).isFalse();
    }

    @Test
    void httpStatusesWithoutSoap() {
        assertThat(SoapPush.classify(401, bytes("")).permanent()).isTrue();
        assertThat(SoapPush.classify(503, bytes("<html/>")).permanent()).isFalse();
        assertThat(SoapPush.classify(429, null).permanent()).isFalse();
        assertThat(SoapPush.classify(404, bytes("")).permanent()).as("a partner's gateway starting up").isFalse();
        assertThat(SoapPush.classify(403, bytes("")).permanent()).isTrue();
        assertThat(SoapPush.classify(200, bytes("not xml")).outcome()).isEqualTo(SoapPush.Outcome.HTTP_ERROR);
    }

    @Test
    void theBackOffDoublesUpToItsCeilingAndEndsAtTheLimit() {
        RetrySchedule s = new RetrySchedule(4, Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(s.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.delayAfter(3)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.retriesAfter(3)).isTrue();
        assertThat(s.retriesAfter(4)).isFalse();
        assertThat(new RetrySchedule(100, Duration.ofSeconds(1), Duration.ofHours(1)).delayAfter(90))
                .isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFileNeverFromTheReference() throws Exception {
        PartnerCredentials credentials = new PartnerCredentials(Map.of("CSX_NV", "ny-peer:s3cret")::get);
        assertThat(credentials.resolve("env:CSX_NV")).isEqualTo(new PartnerCredentials.Login("ny-peer", "s3cret"));
        assertThat(credentials.resolve("env:CSX_NV").toString()).doesNotContain("s3cret");
        var file = java.nio.file.Files.createTempFile("creds", ".txt");
        java.nio.file.Files.writeString(file, "us:pw:with:colons\n");
        assertThat(credentials.resolve("file:" + file)).isEqualTo(new PartnerCredentials.Login("us", "pw:with:colons"));
        assertThatThrownBy(() -> credentials.resolve("env:MISSING")).hasMessageContaining("not set");
        assertThatThrownBy(() -> credentials.resolve("vault:secret/x")).hasMessageContaining("env:NAME or file:/path");
        assertThat(PartnerCredentials.supported("vault:x")).isFalse();
    }
}
