package org.csx.gateway.registration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One child-support order in effect for the same obligor and child, as input to a §207 determination.
 *
 * @param issuedOn                  date issued or, if modified by its own tribunal, last modified: a
 *                                  modification is the latest issuance of that order [M]
 * @param issuedByChildsHomeState   the issuing state is the child's current home state
 */
record CandidateOrder(String orderId,
                             String issuingJurisdiction,
                             String issuingTribunal,
                             LocalDate issuedOn,
                             IssuingJurisdictionTies ties,
                             boolean issuedByChildsHomeState) {

    public CandidateOrder {
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId is required");
        }
        Objects.requireNonNull(issuingJurisdiction, "issuingJurisdiction");
        Objects.requireNonNull(issuingTribunal, "issuingTribunal");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(ties, "ties");
    }

    public boolean issuerWouldHaveCej() {
        return ties.wouldHaveCej();
    }
}
