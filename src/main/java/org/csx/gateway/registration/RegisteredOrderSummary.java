package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Objects;

/** How a registered order is identified in a notice: no party data, only the order and its issuer. */
record RegisteredOrderSummary(String orderId, String issuingTribunal, String issuingJurisdiction, LocalDate issuedOn) {

    public RegisteredOrderSummary {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(issuingTribunal, "issuingTribunal");
        Objects.requireNonNull(issuingJurisdiction, "issuingJurisdiction");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
