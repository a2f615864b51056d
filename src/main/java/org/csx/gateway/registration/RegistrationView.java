package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registration as the API shows it: identifiers, names, orders, amounts and history. Never a Social
 * Security number or a date of birth (the registry does not even store them).
 */
public record RegistrationView(UUID id,
                               UUID trackingId,
                               String partnerId,
                               String senderKind,
                               String senderLocatorCode,
                               String senderCountryCode,
                               String senderCaseId,
                               String reasonCode,
                               String purpose,
                               String requester,
                               boolean conventionOrder,
                               Jurisdiction issuingJurisdiction,
                               String districtId,
                               String courtId,
                               Party obligor,
                               Party obligee,
                               List<Party> children,
                               List<Order> orders,
                               BigDecimal allegedArrears,
                               LocalDate arrearsAsOf,
                               ControllingOrder controllingOrder,
                               String status,
                               OffsetDateTime statusChangedAt,
                               OffsetDateTime receivedAt,
                               String docketNumber,
                               LocalDate noticeDate,
                               LocalDate contestDeadline,
                               String contestRule,
                               List<Document> documents,
                               List<Requirement> requirements,
                               List<Event> history) {

    public record Jurisdiction(String kind, String code, String tribunal) {
    }

    public record Party(String lastName, String firstName) {
    }

    public record Order(String orderId, String issuingLocatorCode, String tribunalCaseNumber, LocalDate issuedOn,
                        String obligationKind, BigDecimal amount, String frequency, Boolean medicalOrdered,
                        BigDecimal arrearsTotal, String controllingOrderFlag) {
    }

    public record ControllingOrder(String orderId, Boolean newOrderRequired, String rule, String section, String explanation) {
    }

    public record Document(String kind, boolean certified, String sha256, OffsetDateTime arrivedAt) {
    }

    public record Requirement(String requirement, String section, boolean blocking, String sentence,
                              OffsetDateTime requestedAt, OffsetDateTime satisfiedAt) {
    }

    public record Event(String fromStatus, String status, OffsetDateTime occurredAt, String detail) {
    }

    /** A search hit. */
    public record Summary(UUID id, UUID trackingId, String status, String courtId, String docketNumber,
                          String obligorLastName, String obligeeLastName, List<String> orderIds) {
    }
}
