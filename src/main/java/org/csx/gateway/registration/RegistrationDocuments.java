package org.csx.gateway.registration;

import java.util.UUID;
import org.csx.gateway.documents.DocumentsArrivedListener;

/** Documents arrived for a case, by any channel: its registration, if one waits for them, moves on. */
class RegistrationDocuments implements DocumentsArrivedListener {

    private final RegistrationService service;

    RegistrationDocuments(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void documentsArrived(UUID trackingId) {
        service.documentsArrived(trackingId);
    }
}
