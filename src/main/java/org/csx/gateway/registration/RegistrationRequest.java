package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A registration request as read from a valid transmittal (ENF R with one of the nine registration
 * reasons): what the registry stores about it and what {@link RegistrationRequirements} checks.
 * Party data is names only.
 */
record RegistrationRequest(UUID trackingId,
                                  String partnerId,
                                  String senderKind,
                                  String senderLocatorCode,
                                  String senderCountryCode,
                                  String senderCaseId,
                                  String transactionSerialNumber,
                                  RegistrationReasonCode reason,
                                  boolean conventionOrder,
                                  boolean contestingPartyAbroad,
                                  Jurisdiction issuingJurisdiction,
                                  String districtId,
                                  String courtId,
                                  Name obligor,
                                  Name obligee,
                                  List<Name> children,
                                  List<OrderLine> orders,
                                  BigDecimal allegedArrears,
                                  LocalDate arrearsAsOf,
                                  Optional<ControllingOrderDecision> controllingOrder,
                                  PartyDataPresent parties,
                                  boolean allegedControllingOrderNamed,
                                  boolean consolidatedArrearsStated,
                                  boolean nondisclosureFinding,
                                  ConventionFacts conventionFacts) {

    public enum JurisdictionKind { STATE, TRIBE, COUNTRY }

    public record Jurisdiction(JurisdictionKind kind, String code, String tribunal) {
    }

    public record Name(String last, String first) {
    }

    public enum ObligationKind { CHILD, MEDICAL, SPOUSAL, OTHER }

    public record OrderLine(String orderId, String issuingLocatorCode, String tribunalCaseNumber, LocalDate issuedOn,
                            ObligationKind obligationKind, BigDecimal amount, String frequency, Boolean medicalOrdered,
                            BigDecimal arrearsTotal, String controllingOrderFlag) {
    }

    /** The orders in effect: one per order id, however many Order blocks (debt types) each came in. */
    public List<String> distinctOrderIds() {
        return orders.stream().map(OrderLine::orderId).distinct().toList();
    }

    /** The packet {@link RegistrationRequirements} checks, with the documents the registry holds for the case. */
    public RegistrationPacket packet(List<org.csx.gateway.documents.ReceivedDocument> documentsHere) {
        return new RegistrationPacket(documentsHere, parties, (int) Math.max(1, distinctOrderIds().size()), allegedControllingOrderNamed,
                consolidatedArrearsStated, conventionOrder, nondisclosureFinding, conventionFacts);
    }
}
