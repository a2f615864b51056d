package org.csx.gateway.intake;

import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.Partner;
import org.springframework.stereotype.Component;

/** A partner may only send as itself: its own kind of sender and its own locator codes or country. */
@Component
class SenderAuthorization {

    public void check(Partner partner, TransmittalEnvelope envelope) {
        if (envelope.senderKind() != partner.kind()) {
            throw refused("Partner " + partner.id() + " is registered as " + partner.kind()
                    + " and may not send as " + envelope.senderKind() + ".");
        }
        if (partner.kind() == SenderKind.FOREIGN_CENTRAL_AUTHORITY) {
            if (envelope.senderCountryCode() == null || !envelope.senderCountryCode().equals(partner.countryCode())) {
                throw refused("Partner " + partner.id() + " may only send as country " + partner.countryCode()
                        + ", not " + envelope.senderCountryCode() + ".");
            }
            return;
        }
        if (!partner.ownsLocatorCode(envelope.senderLocatorCode())) {
            throw refused("Partner " + partner.id() + " may not send as locator code " + envelope.senderLocatorCode()
                    + "; it may send as " + String.join(", ", partner.locatorCodes()) + ".");
        }
    }

    private static IntakeRefusedException refused(String message) {
        return new IntakeRefusedException(IntakeFaultCode.SENDER_NOT_AUTHORIZED, message);
    }
}
