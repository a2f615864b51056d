package org.csx.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.exchange.ObjectFactory;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * ContractXml's answers: each document made for one element alone, and each XML text exactly its own message although
 * a thread's output buffer is kept from one call to the next.
 */
class ContractXmlTest {

    private final ContractXml contractXml = new ContractXml();
    private final ObjectFactory objects = new ObjectFactory();

    @Test
    void eachDocumentHoldsItsElementAlone() {
        Document first = contractXml.toDocument(objects.createReceipt(receipt("first")));
        Document second = contractXml.toDocument(objects.createReceipt(receipt("second")));

        assertThat(first).isNotSameAs(second);
        for (Document document : new Document[] {first, second}) {
            assertThat(document.getChildNodes().getLength()).isEqualTo(1);
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:csx:exchange:1");
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("Receipt");
        }
        assertThat(first.getElementsByTagNameNS("urn:csx:exchange:1", "TrackingId").item(0).getTextContent())
                .isEqualTo("first");
        assertThat(second.getElementsByTagNameNS("urn:csx:exchange:1", "TrackingId").item(0).getTextContent())
                .isEqualTo("second");
    }

    @Test
    void eachTextIsItsOwnMessageBeforeAndAfterALargeOne() {
        String large = "L".repeat(100_000); // past the size of a buffer the thread keeps
        String small = contractXml.toXml(objects.createReceipt(receipt("small")));
        String big = contractXml.toXml(objects.createReceipt(receipt(large)));
        String after = contractXml.toXml(objects.createReceipt(receipt("after")));
        String again = contractXml.toXml(objects.createReceipt(receipt("small")));

        assertThat(contractXml.read(small, ReceiptType.class).getTrackingId()).isEqualTo("small");
        assertThat(contractXml.read(big, ReceiptType.class).getTrackingId()).isEqualTo(large);
        assertThat(contractXml.read(after, ReceiptType.class).getTrackingId()).isEqualTo("after");
        assertThat(after).doesNotContain("LLL").hasSizeLessThan(1_000);
        assertThat(again).isEqualTo(small);
    }

    private static ReceiptType receipt(String trackingId) {
        ReceiptType receipt = new ReceiptType();
        receipt.setTrackingId(trackingId);
        receipt.setReceivedAt(OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC));
        receipt.setSenderLocatorCode("0600000");
        receipt.setTransactionSerialNumber("000000000001");
        return receipt;
    }
}
