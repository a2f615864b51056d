package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.TextMessage;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Transmittals through the real stack: CXF client over HTTP → intake (PostgreSQL) → Artemis →
 * processing → the district queue and the sender's queue, and the ledger API.
 */
class TransmittalFlowEndToEndTest extends GatewayTestSupport {

    @Autowired
    TestRestTemplate rest;

    @Test
    void quickLocateReachesTheAlbanyCountyDistrictAndTheSenderIsToldWhere() throws Exception {
        String transmittal = example("lo1-request.xml");

        ReceiptType receipt = submit(CA, CA_SECRET, transmittal);

        assertThat(receipt.isResent()).isFalse();
        assertThat(receipt.getTransactionSerialNumber()).isEqualTo(serialOf(transmittal));
        String id = receipt.getTrackingId();

        TextMessage referralMessage = receive("district.36001.inbound", id);
        DistrictReferralType referral = contractXml.read(referralMessage.getText(), DistrictReferralType.class);
        assertThat(referral.getTrackingId()).isEqualTo(id);
        assertThat(referral.getDistrict().getId()).isEqualTo("36001");
        assertThat(referral.getDistrict().getName()).isEqualTo("Albany County");
        assertThat(referral.getSender().getPartnerId()).isEqualTo(CA);
        assertThat(referral.getRequest().getFunctionalType()).isEqualTo("LO1");
        assertThat(referral.getRequest().getDescription()).isNotBlank();
        assertThat(referral.getTransmittal().getNcpIdentification().getSsn()).isEqualTo("555123456");
        assertThat(referral.getTransmittal().getHeader().getSenderCaseId()).isEqualTo("CA-LA-0000123");

        AcknowledgmentType ack = contractXml.read(receive("partner.ca-dcss.outbound", id).getText(), AcknowledgmentType.class);
        assertThat(ack.getOutcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(ack.getDistrict().getId()).isEqualTo("36001");
        assertThat(ack.getResponse().getFunctionalType()).isEqualTo("LO1");
        assertThat(ack.getResponse().getActionCode()).isEqualTo("A");
        assertThat(ack.getOriginalTransaction().getTransactionSerialNumber()).isEqualTo(serialOf(transmittal));

        TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(view.districtId()).isEqualTo("36001");
        assertThat(view.history()).extracting(TransmittalView.Event::status).containsExactly(
                TransmittalStatus.RECEIVED, TransmittalStatus.VALIDATED, TransmittalStatus.FORWARDED,
                TransmittalStatus.ACKNOWLEDGED);
    }

    @Test
    void establishmentRequestFromTexasReachesErieCounty() throws Exception {
        // Texas authenticates with a BCrypt-hashed secret.
        ReceiptType receipt = submit(TX, TX_SECRET, example("est-request.xml"));

        DistrictReferralType referral = contractXml.read(
                receive("district.36029.inbound", receipt.getTrackingId()).getText(), DistrictReferralType.class);
        assertThat(referral.getRequest().getFunctionalType()).isEqualTo("EST");
        assertThat(referral.getRequest().getActionReason()).isEqualTo("SRORD");
        assertThat(referral.getTransmittal().getParticipant()).hasSize(2);
        assertThat(referral.isConfidential()).isFalse();

        AcknowledgmentType ack = contractXml.read(receive("partner.tx-oag.outbound", receipt.getTrackingId()).getText(),
                AcknowledgmentType.class);
        // No document came with it: the transaction stands in for the Transmittal #1, the other forms of an
        // establishment request are missing, so the case is forwarded anyway and the sender asked for them.
        assertThat(ack.getResponse().getActionReason()).isEqualTo("AADIN");
        assertThat(ack.getMissingDocument()).extracting(m -> m.getDocumentType().name()).containsExactlyInAnyOrder(
                "CONFIDENTIAL_INFORMATION_FORM", "UNIFORM_SUPPORT_PETITION", "GENERAL_TESTIMONY",
                "PERSONAL_INFORMATION_FORM_311");
        assertThat(referral.getCompleteness()).isEqualTo("INCOMPLETE");
        assertThat(ack.getDistrict().getId()).isEqualTo("36029");
    }

    @Test
    void enforcementRequestForKingsCountyGoesToTheNewYorkCityDistrict() throws Exception {
        ReceiptType receipt = submit(CA, CA_SECRET, example("enf-request.xml"));

        DistrictReferralType referral = contractXml.read(
                receive("district.nyc.inbound", receipt.getTrackingId()).getText(), DistrictReferralType.class);
        assertThat(referral.getDistrict().getName()).isEqualTo("New York City Human Resources Administration");
        assertThat(referral.getRequest().getActionReason()).isEqualTo("ERRES");
        assertThat(referral.getTransmittal().getOrder()).singleElement()
                .satisfies(order -> assertThat(order.getOrderId()).isEqualTo("LA-FAM-2016-0042"));
        assertThat(referral.getTransmittal().getDocumentManifest().getDocument()).hasSize(4);

        AcknowledgmentType ack = contractXml.read(receive("partner.ca-dcss.outbound", receipt.getTrackingId()).getText(),
                AcknowledgmentType.class);
        assertThat(ack.getResponse().getFunctionalType()).isEqualTo("ENF");
        // The manifest announces its documents "to follow": none is held yet, so the registration papers are asked for,
        // and in the same message what §602 needs that the request does not give (the obligee's address).
        assertThat(ack.getResponse().getActionReason()).isEqualTo("AADIN");
        assertThat(ack.getMissingDocument()).extracting(m -> m.getDocumentType().name()).containsExactlyInAnyOrder(
                "CONFIDENTIAL_INFORMATION_FORM", "LETTER_OF_TRANSMITTAL_REGISTRATION", "CERTIFIED_ORDER_COPY",
                "ORDER_COPY", "ARREARS_STATEMENT", "OTHER");
        assertThat(ack.getMissingDocument()).filteredOn(m -> m.getDocumentType().name().equals("OTHER"))
                .singleElement().satisfies(m -> assertThat(m.getReason()).contains("obligee's address", "§602(a)(5)"));
        assertThat(ack.getDistrict().getId()).isEqualTo("nyc");
        assertThat(awaitStatus(receipt.getTrackingId(), TransmittalStatus.ACKNOWLEDGED).districtId()).isEqualTo("nyc");
    }

    @Test
    void aForeignCentralAuthorityIsAcceptedAsItsOwnCountry() throws Exception {
        String transmittal = example("lo1-request.xml")
                .replace("<Kind>STATE_IV_D_AGENCY</Kind>", "<Kind>FOREIGN_CENTRAL_AUTHORITY</Kind>")
                .replace("<LocatorCode>0603700</LocatorCode>", "<CountryCode>MX</CountryCode>");

        ReceiptType receipt = submit(MX, MX_SECRET, transmittal);

        assertThat(receipt.getSenderCountryCode()).isEqualTo("MX");
        DistrictReferralType referral = contractXml.read(
                receive("district.36001.inbound", receipt.getTrackingId()).getText(), DistrictReferralType.class);
        assertThat(referral.getSender().getCountryCode()).isEqualTo("MX");
        receive("partner.mx-central-authority.outbound", receipt.getTrackingId());
    }

    @Test
    void anInvalidTransmittalIsRejectedWithEveryViolation() throws Exception {
        ReceiptType receipt = submit(CA, CA_SECRET, example("invalid-request.xml"));

        AcknowledgmentType rejection = contractXml.read(
                receive("partner.ca-dcss.outbound", receipt.getTrackingId()).getText(), AcknowledgmentType.class);
        assertThat(rejection.getOutcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejection.getDistrict()).isNull();
        assertThat(rejection.getViolation()).extracting(ViolationType::getCode).containsExactlyInAnyOrder(
                "FAR_COMBINATION_INVALID", "LOCATOR_COUNTY_UNKNOWN", "BLOCK_REQUIRED", "BLOCK_REQUIRED",
                "BLOCK_REQUIRED", "DATE_IN_FUTURE", "SSN_INVALID");
        assertThat(rejection.getViolation()).extracting(ViolationType::getPath)
                .contains("Transmittal/Header/ActionReason", "Transmittal/NcpIdentification/Ssn");
        // Personal data never goes into a violation message.
        assertThat(rejection.getViolation()).extracting(ViolationType::getMessage)
                .noneMatch(message -> message.contains("666123456"));

        TransmittalView view = awaitStatus(receipt.getTrackingId(), TransmittalStatus.REJECTED);
        assertThat(view.violations()).hasSize(7);
        assertThat(isOnQueue("district.36999.inbound", receipt.getTrackingId())).isFalse();
    }

    @Test
    void aTransmittalThatBreaksTheSchemaIsReceiptedThenRejectedWithEverySchemaError() throws Exception {
        ReceiptType receipt = submit(CA, CA_SECRET, example("schema-invalid-request.xml"));

        AcknowledgmentType rejection = contractXml.read(
                receive("partner.ca-dcss.outbound", receipt.getTrackingId()).getText(), AcknowledgmentType.class);
        assertThat(rejection.getOutcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejection.getViolation()).extracting(ViolationType::getPath).containsExactlyInAnyOrder(
                "Transmittal/Header/ReceiverLocatorCode", "Transmittal/Header/FunctionalType",
                "Transmittal/Header/TransactionDate");
        assertThat(rejection.getOriginalTransaction().getTransactionSerialNumber()).isEqualTo(receipt.getTransactionSerialNumber());
        awaitStatus(receipt.getTrackingId(), TransmittalStatus.REJECTED);
    }

    @Test
    void aTransmittalNoDistrictCanBeChosenForGoesToTheExceptionsQueueWithItsReason() throws Exception {
        ReceiptType receipt = submit(CA, CA_SECRET, example("unroutable-request.xml"));

        TextMessage exception = receive("registry.exceptions", receipt.getTrackingId());
        assertThat(exception.getStringProperty(MessageHeaders.ROUTING_PROBLEM)).contains("county 000");
        assertThat(exception.getText()).contains("<TransactionSerialNumber>" + receipt.getTransactionSerialNumber());

        TransmittalView view = awaitStatus(receipt.getTrackingId(), TransmittalStatus.ROUTING_EXCEPTION);
        assertThat(view.statusReason()).contains("county 000");
        assertThat(isOnQueue("partner.ca-dcss.outbound", receipt.getTrackingId())).isFalse();
    }

    @Test
    void theLedgerApiShowsAnEntryAndItsHistory() {
        ReceiptType receipt = submit(CA, CA_SECRET, example("lo1-request.xml"));
        awaitStatus(receipt.getTrackingId(), TransmittalStatus.ACKNOWLEDGED);

        org.springframework.boot.test.web.client.TestRestTemplate rest = this.rest.withBasicAuth(VIEWER, VIEWER_SECRET);
        ResponseEntity<String> found = rest.getForEntity("/api/transmittals/" + receipt.getTrackingId(), String.class);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody())
                .contains("\"status\":\"ACKNOWLEDGED\"", "\"districtId\":\"36001\"", "\"history\"", "\"FORWARDED\"")
                .doesNotContain("555123456", "SAMPLE");

        assertThat(rest.getForEntity("/api/transmittals/" + java.util.UUID.randomUUID(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/transmittals/not-a-uuid", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

}
