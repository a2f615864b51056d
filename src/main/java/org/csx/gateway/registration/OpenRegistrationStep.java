package org.csx.gateway.registration;

import org.apache.camel.ExchangeProperty;
import org.csx.gateway.processing.TransmittalInProcess;

/**
 * The step in routes/transmittal-processing.yaml after a transmittal was forwarded to its district:
 * a registration request (ENF R with a registration reason, from any channel) opens its registration;
 * anything else passes through untouched. Its messages join the route's Artemis transaction.
 */
public class OpenRegistrationStep {

    private final RegistrationService service;

    public OpenRegistrationStep(RegistrationService service) {
        this.service = service;
    }

    public void open(@ExchangeProperty("transmittal") TransmittalInProcess inProcess) {
        if (inProcess == null || inProcess.isRejected() || !inProcess.isRouted()) {
            return;
        }
        service.open(inProcess.getTrackingId(), inProcess.getPartnerId(), inProcess.getDistrictId(),
                inProcess.getReceivedAt(), inProcess.getTransmittal());
    }
}
