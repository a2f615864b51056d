package org.csx.gateway.registration;

import java.util.List;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.documents.ReceivedDocument;

/**
 * What a registration request has, in the terms {@link RegistrationRequirements} checks: the documents the
 * registry holds for the case (package documents: only what really arrived, never what a manifest announces)
 * and the request's own data.
 *
 * @param ordersInEffect               number of support orders in effect for the obligor and child (≥ 1)
 * @param allegedControllingOrderNamed the request names the order alleged to be controlling (§602(d))
 * @param consolidatedArrearsStated    the request states the consolidated arrears (§602(d))
 * @param conventionOrder              a Hague 2007 Convention support order (§706 instead of §602(a))
 * @param nondisclosureFinding         a §312 finding lets the obligee's address be withheld
 */
record RegistrationPacket(List<ReceivedDocument> documents,
                                 PartyDataPresent parties,
                                 int ordersInEffect,
                                 boolean allegedControllingOrderNamed,
                                 boolean consolidatedArrearsStated,
                                 boolean conventionOrder,
                                 boolean nondisclosureFinding,
                                 ConventionFacts convention) {

    public RegistrationPacket {
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(convention, "convention");
        if (ordersInEffect < 1) {
            throw new IllegalArgumentException("a registration concerns at least one order");
        }
    }

    /** Order copies count certified and plain alike (a certified copy is a copy). */
    long count(DocumentTypeCode type) {
        return documents.stream().filter(d -> type == DocumentTypeCode.ORDER_COPY ? d.isOrderCopy() : d.type() == type).count();
    }

    long countCertified(DocumentTypeCode type) {
        return documents.stream().filter(d -> (type == DocumentTypeCode.ORDER_COPY ? d.isOrderCopy() : d.type() == type)
                && d.isCertified()).count();
    }

    boolean has(DocumentTypeCode type) {
        return count(type) > 0;
    }
}
