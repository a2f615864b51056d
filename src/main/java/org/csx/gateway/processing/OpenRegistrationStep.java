package org.csx.gateway.processing;

import org.csx.gateway.registration.RegistrationService;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.contract.MessageHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jms.JmsException;

/**
 * The step in routes/transmittal-processing.yaml after a transmittal was forwarded to its district:
 * a registration request (ENF R with a registration reason, from any channel) opens its registration;
 * anything else passes through untouched. Its messages join the route's Artemis transaction.
 *
 * <p>A database or broker failure fails the route (the transmittal is redelivered and the step
 * repeats idempotently). A request the registration rules cannot read (a data problem no retry will
 * fix) is logged for staff and does not hold back the district's referral and the acknowledgment.
 */
public class OpenRegistrationStep {

    private static final Logger log = LoggerFactory.getLogger(OpenRegistrationStep.class);

    private final RegistrationService service;

    public OpenRegistrationStep(RegistrationService service) {
        this.service = service;
    }

    public void open(@ExchangeProperty(MessageHeaders.TRANSMITTAL) TransmittalInProcess inProcess) {
        if (inProcess == null || inProcess.isRejected() || !inProcess.isRouted()) {
            return;
        }
        try {
            service.open(inProcess.getTrackingId(), inProcess.getPartnerId(), inProcess.getDistrictId(),
                    inProcess.getReceivedAt(), inProcess.getTransmittal());
        } catch (DataAccessException | JmsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            log.error("Transmittal {} asks for registration but no registration could be opened: {}. "
                    + "Registry staff must open it by hand.", inProcess.getTrackingId(), e.getMessage());
        }
    }
}
