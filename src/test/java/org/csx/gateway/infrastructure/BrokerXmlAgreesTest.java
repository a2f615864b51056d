package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.config.EmbeddedProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The production broker (src/main/broker/broker.xml) and the embedded one redeliver, dead-letter and remember
 * duplicate ids alike: the fault scripts run the first, the test suite the second.
 */
class BrokerXmlAgreesTest {

    private static Document brokerXml;

    @BeforeAll
    static void read() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setNamespaceAware(true);
        brokerXml = factory.newDocumentBuilder().parse(Path.of("src/main/broker/broker.xml").toFile());
    }

    @Test
    void everyAddressIsRedeliveredAndDeadLetteredAsTheEmbeddedBrokerDoes() {
        AddressSettings embedded = EmbeddedBrokerConfiguration.defaultAddressSettings(new CsxProperties());
        Element xml = addressSetting("#");

        assertThat(text(xml, "max-delivery-attempts")).isEqualTo(String.valueOf(embedded.getMaxDeliveryAttempts()));
        assertThat(text(xml, "redelivery-delay")).isEqualTo(String.valueOf(embedded.getRedeliveryDelay()));
        assertThat(text(xml, "dead-letter-address")).isEqualTo(embedded.getDeadLetterAddress().toString());
        // the backstop leaves the routes room to decide, and broker stops room to be counted
        assertThat(embedded.getMaxDeliveryAttempts())
                .isGreaterThanOrEqualTo(new CsxProperties().getRedelivery().getMaxAttempts() + 10);
    }

    @Test
    void theDeadLetterQueueKeepsTryingItsRecorderWithoutLimit() {
        AddressSettings embedded = EmbeddedBrokerConfiguration.deadLetterAddressSettings();
        Element xml = addressSetting(new CsxProperties().getQueues().getDeadLetter());

        assertThat(text(xml, "max-delivery-attempts")).isEqualTo("-1").isEqualTo(String.valueOf(embedded.getMaxDeliveryAttempts()));
        assertThat(text(xml, "redelivery-delay")).isEqualTo(String.valueOf(embedded.getRedeliveryDelay()));
        assertThat(Double.parseDouble(text(xml, "redelivery-delay-multiplier"))).isEqualTo(embedded.getRedeliveryMultiplier());
        assertThat(text(xml, "max-redelivery-delay")).isEqualTo(String.valueOf(embedded.getMaxRedeliveryDelay()));
    }

    @Test
    void everyAddressPagesPastTheSameMemory() {
        String addressMemory = String.valueOf(new EmbeddedProperties().getBroker().getAddressMemory().toBytes());
        for (String match : new String[] {"#", new CsxProperties().getQueues().getDeadLetter()}) {
            Element xml = addressSetting(match);
            assertThat(text(xml, "max-size-bytes")).as(match).isEqualTo(addressMemory);
            assertThat(text(xml, "address-full-policy")).as(match).isEqualTo("PAGE");
        }
        assertThat(EmbeddedBrokerConfiguration.defaultAddressSettings(new CsxProperties()).getAddressFullMessagePolicy())
                .isEqualTo(AddressFullMessagePolicy.PAGE);
        assertThat(EmbeddedBrokerConfiguration.deadLetterAddressSettings().getAddressFullMessagePolicy())
                .isEqualTo(AddressFullMessagePolicy.PAGE);
    }

    @Test
    void duplicateIdsAreRememberedAlike() {
        Element core = (Element) brokerXml.getElementsByTagNameNS("*", "core").item(0);
        assertThat(text(core, "id-cache-size")).isEqualTo(String.valueOf(EmbeddedBrokerConfiguration.DUPLICATE_ID_CACHE_SIZE));
        assertThat(text(core, "persist-id-cache")).isEqualTo("true");
    }

    private static Element addressSetting(String match) {
        NodeList settings = brokerXml.getElementsByTagNameNS("*", "address-setting");
        for (int i = 0; i < settings.getLength(); i++) {
            Element setting = (Element) settings.item(i);
            if (match.equals(setting.getAttribute("match"))) {
                return setting;
            }
        }
        throw new AssertionError("broker.xml has no address-setting for " + match);
    }

    /** The text of the named child element directly under this one. */
    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && name.equals(child.getLocalName())) {
                return child.getTextContent().trim();
            }
        }
        throw new AssertionError("broker.xml: no <" + name + "> under <" + parent.getLocalName() + ">");
    }
}
