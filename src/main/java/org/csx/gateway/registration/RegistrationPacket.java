package org.csx.gateway.registration;

import java.util.List;
import java.util.Objects;

/**
 * What a registration request has, in the terms {@link RegistrationRequirements} checks.
 *
 * @param ordersInEffect               number of support orders in effect for the obligor and child (≥ 1)
 * @param allegedControllingOrderNamed the request names the order alleged to be controlling (§602(d))
 * @param consolidatedArrearsStated    the request states the consolidated arrears (§602(d))
 * @param conventionOrder              a Hague 2007 Convention support order (§706 instead of §602(a))
 * @param nondisclosureFinding         a §312 finding lets the obligee's address be withheld
 */
public record RegistrationPacket(List<ReceivedDocument> documents,
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

    long count(RegistrationDocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).count();
    }

    long countCertified(RegistrationDocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind && d.certified()).count();
    }

    boolean has(RegistrationDocumentKind kind) {
        return count(kind) > 0;
    }
}
