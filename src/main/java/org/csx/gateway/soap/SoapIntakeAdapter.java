package org.csx.gateway.soap;

import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.intake.IntakeResult;
import org.csx.gateway.intake.IntakeRefusedException;
import org.csx.gateway.intake.TransmittalIntake;
import org.csx.gateway.contract.MessageHeaders;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.exchange.ObjectFactory;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SOAP side of intake (routes/soap-intake.yaml): takes the transmittal out of the SOAP body as
 * it was sent, hands it to {@link TransmittalIntake}, and answers with a receipt or a SOAP fault.
 */
@Component("soapIntake")
public class SoapIntakeAdapter {

    private static final Logger log = LoggerFactory.getLogger(SoapIntakeAdapter.class);
    public static final String CHANNEL = "SOAP";

    private final TransmittalIntake intake;
    private final ContractXml contractXml;
    private final ObjectFactory exchangeObjects = new ObjectFactory();

    public SoapIntakeAdapter(TransmittalIntake intake, ContractXml contractXml) {
        this.intake = intake;
        this.contractXml = contractXml;
    }

    /** Takes the transmittal out of the SOAP body as it was sent, with the partner who sent it. */
    public void read(Exchange exchange) {
        exchange.setProperty(MessageHeaders.PARTNER, authenticatedPartner(exchange));
        exchange.setProperty(MessageHeaders.RAW_TRANSMITTAL, transmittalXml(exchange));
    }

    /** Stores the transmittal; the exchange then carries what the intake queue message needs. */
    public void store(Exchange exchange) {
        Partner partner = exchange.getProperty(MessageHeaders.PARTNER, Partner.class);
        String raw = exchange.getProperty(MessageHeaders.RAW_TRANSMITTAL, String.class);
        IntakeResult result;
        try {
            result = intake.receive(partner, raw, CHANNEL);
        } catch (IntakeRefusedException e) {
            log.info("Refused a transmittal from partner {}: {} {}", partner.id(), e.code(), e.getMessage());
            throw IntakeFaults.clientFault(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Could not store a transmittal from partner {}", partner.id(), e);
            throw IntakeFaults.serverFault(IntakeFaultCode.UNAVAILABLE,
                    "The transmittal could not be stored and was not received. Send it again later.");
        }
        IntakeMessages.describe(exchange, result, raw);
    }

    /** The answer: the receipt, in the SOAP body. */
    public CxfPayload<SoapHeader> receipt(Exchange exchange) {
        IntakeResult result = exchange.getProperty(MessageHeaders.INTAKE_RESULT, IntakeResult.class);
        ReceiptType receipt = new ReceiptType();
        receipt.setTrackingId(result.receipt().trackingId().toString());
        receipt.setReceivedAt(result.receipt().receivedAt());
        receipt.setSenderLocatorCode(result.envelope().senderLocatorCode());
        receipt.setSenderCountryCode(result.envelope().senderCountryCode());
        receipt.setTransactionSerialNumber(result.envelope().transactionSerialNumber());
        receipt.setResent(result.resent());
        List<Source> body = new ArrayList<>(1);
        body.add(new DOMSource(contractXml.toDocument(exchangeObjects.createReceipt(receipt)).getDocumentElement()));
        return new CxfPayload<>(new ArrayList<>(), body, null);
    }

    private static Partner authenticatedPartner(Exchange exchange) {
        // The authentication interceptor runs first; reaching here without a partner is a wiring error.
        return SoapPayloads.authenticatedPartner(exchange).orElseThrow(() ->
                IntakeFaults.clientFault(IntakeFaultCode.AUTHENTICATION_FAILED, "Partner credentials are required."));
    }

    private static String transmittalXml(Exchange exchange) {
        Source body = SoapPayloads.onlyBodyElement(exchange).orElseThrow(() -> IntakeFaults.clientFault(
                IntakeFaultCode.MALFORMED_MESSAGE, "The SOAP body must hold exactly one Transmittal element."));
        try {
            return SoapPayloads.toXml(body);
        } catch (XMLStreamException e) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE,
                    "The SOAP body could not be read: " + e.getMessage());
        }
    }


}
