package org.csx.gateway.documents;

import java.util.UUID;

/**
 * Told, inside the transaction that linked them, that documents arrived for a case (by any channel: SOAP
 * SubmitDocuments or staff recording papers received by mail), after the case's review was made again.
 * Registration implements it to move a waiting registration on; documents never depends on registration.
 */
public interface DocumentsArrivedListener {

    void documentsArrived(UUID trackingId);
}
