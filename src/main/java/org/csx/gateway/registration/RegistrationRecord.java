package org.csx.gateway.registration;

import org.csx.gateway.contract.QueueNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One row of the registry, as the service works with it (names stay in the database). */
public record RegistrationRecord(UUID id,
                                 UUID trackingId,
                                 String partnerId,
                                 String senderLocatorCode,
                                 String senderCountryCode,
                                 String senderCaseId,
                                 String transactionSerialNumber,
                                 String reasonCode,
                                 boolean conventionOrder,
                                 boolean contestingPartyAbroad,
                                 String districtId,
                                 String courtId,
                                 BigDecimal allegedArrears,
                                 LocalDate arrearsAsOf,
                                 RegistrationStatus status,
                                 OffsetDateTime statusChangedAt,
                                 String docketNumber,
                                 LocalDate noticeDate,
                                 LocalDate contestDeadline) {

    public RegistrationState state() {
        return new RegistrationState(status, Optional.ofNullable(docketNumber));
    }

    public String courtRegistrationsQueue() {
        return QueueNames.courtRegistrations(courtId);
    }

    public String partnerOutboundQueue() {
        return QueueNames.partnerOutbound(partnerId);
    }
}
