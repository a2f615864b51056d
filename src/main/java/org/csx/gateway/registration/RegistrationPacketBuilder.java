package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.registration.ArrearsType;
import org.csx.gateway.contract.registration.ControllingOrderType;
import org.csx.gateway.contract.registration.DocumentType;
import org.csx.gateway.contract.registration.JurisdictionKind;
import org.csx.gateway.contract.registration.JurisdictionType;
import org.csx.gateway.contract.registration.NoticeFileType;
import org.csx.gateway.contract.registration.ObligationKind;
import org.csx.gateway.contract.registration.ObligationType;
import org.csx.gateway.contract.registration.OrderSummaryType;
import org.csx.gateway.contract.registration.Purpose;
import org.csx.gateway.contract.registration.RegistrationPacketType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.registration.RegistrationRequest.OrderLine;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.validation.FipsCountyTable;

/**
 * Builds what the court receives (schemas/registration-packet.xsd) and the §605 notice facts. The
 * notice names orders, tribunals, amounts and dates; the addressee's name is added by the renderer.
 */
class RegistrationPacketBuilder {

    private final FipsCountyTable counties;
    private final DutyClocks clocks;
    private final Clock clock;

    public RegistrationPacketBuilder(FipsCountyTable counties, DutyClocks clocks, Clock clock) {
        this.counties = counties;
        this.clocks = clocks;
        this.clock = clock;
    }

    public String courtName(String courtId) {
        return counties.county(courtId.substring(0, 2), courtId.substring(2))
                .map(c -> "Family Court, " + c.name() + ", " + c.stateAbbreviation() + " (court " + courtId + ")")
                .orElse("Family Court " + courtId);
    }

    /** The contest period from the notice date, on the duty table's clock (one rule set for every deadline). */
    public ContestPeriod deadline(LocalDate noticeDate, RegistrationRequest request) {
        DutyKind kind = ContestPeriod.kindFor(request.conventionOrder(), request.contestingPartyAbroad());
        return new ContestPeriod(kind, clocks.dueDate(kind, noticeDate));
    }

    public NoticeFacts noticeFacts(RegistrationRequest request, LocalDate registrationDate, Optional<String> docket,
                                   LocalDate noticeDate) {
        LocalDate asOf = request.arrearsAsOf() != null ? request.arrearsAsOf() : registrationDate;
        String jurisdiction = switch (request.issuingJurisdiction().kind()) {
            case STATE -> counties.stateAbbreviation(request.issuingJurisdiction().code())
                    .map(s -> "State of " + s).orElse("State " + request.issuingJurisdiction().code());
            case TRIBE -> "Tribe " + request.issuingJurisdiction().code();
            case COUNTRY -> "Country " + request.issuingJurisdiction().code();
        };
        List<RegisteredOrderSummary> orders = request.distinctOrderIds().stream()
                .map(id -> request.orders().stream().filter(o -> o.orderId().equals(id)).findFirst().orElseThrow())
                .map(o -> new RegisteredOrderSummary(o.orderId(), "tribunal " + (o.issuingLocatorCode() != null
                        ? o.issuingLocatorCode() : request.issuingJurisdiction().tribunal()), jurisdiction,
                        o.issuedOn() != null ? o.issuedOn() : asOf))
                .toList();
        Optional<String> controlling = Optional.empty();
        Optional<BigDecimal> consolidated = Optional.empty();
        if (orders.size() >= 2) {
            controlling = Optional.of(request.controllingOrder().flatMap(ControllingOrderDecision::controlling)
                    .or(() -> request.orders().stream().filter(o -> o.controllingOrderFlag() != null)
                            .map(OrderLine::orderId).findFirst())
                    .orElse(request.orders().get(0).orderId()));
            consolidated = Optional.of(request.allegedArrears());
        }
        return new NoticeFacts(registrationDate, docket, orders, request.allegedArrears().max(BigDecimal.ZERO), asOf,
                controlling, consolidated, request.conventionOrder(), deadline(noticeDate, request));
    }

    /** The non-registering party, who receives the notice: the obligee when the obligor registers, else the obligor. */
    public static String addressee(RegistrationRequest request) {
        RegistrationRequest.Name n = request.reason().requester() == RegistrationRequester.OBLIGOR
                ? request.obligee() : request.obligor();
        return n == null ? null : (n.first() == null ? "" : n.first() + " ") + n.last();
    }

    public NoticeFileType noticeFile(RegistrationRecord r, String version, byte[] pdf) {
        NoticeFileType file = new NoticeFileType();
        file.setVersion(version);
        file.setFileName("notice-of-registration-" + r.id() + "-" + version.toLowerCase() + ".pdf");
        file.setMediaType("application/pdf");
        file.setDownloadPath("/api/registrations/" + r.id() + "/notice?version=" + version);
        file.setContent(pdf);
        return file;
    }

    public RegistrationPacketType packet(RegistrationRecord r, RegistrationRequest request, TransmittalType transmittal,
                                         List<org.csx.gateway.documents.ReceivedDocument> documents, NoticeFileType notice) {
        RegistrationPacketType p = new RegistrationPacketType();
        p.setRegistrationId(r.id().toString());
        p.setTrackingId(r.trackingId().toString());
        p.setCreatedAt(OffsetDateTime.now(clock));
        p.setCourtId(r.courtId());
        p.setPurpose(Purpose.fromValue(request.reason().purpose().name()));
        p.setReasonCode(request.reason().name());
        p.setRequester(request.reason().requester().name());
        p.setConventionOrder(request.conventionOrder());
        JurisdictionType j = new JurisdictionType();
        j.setKind(JurisdictionKind.fromValue(request.issuingJurisdiction().kind().name()));
        j.setCode(request.issuingJurisdiction().code());
        j.setTribunal(request.issuingJurisdiction().tribunal());
        p.setIssuingJurisdiction(j);
        for (OrderLine o : request.orders()) {
            OrderSummaryType s = new OrderSummaryType();
            s.setOrderId(o.orderId());
            s.setIssuingLocatorCode(o.issuingLocatorCode());
            s.setTribunalCaseNumber(o.tribunalCaseNumber());
            s.setIssuedOn(o.issuedOn());
            ObligationType obligation = new ObligationType();
            obligation.setKind(ObligationKind.fromValue(o.obligationKind().name()));
            obligation.setAmount(o.amount());
            obligation.setFrequency(o.frequency());
            s.getObligation().add(obligation);
            if (Boolean.TRUE.equals(o.medicalOrdered()) && o.obligationKind() != RegistrationRequest.ObligationKind.MEDICAL) {
                ObligationType medical = new ObligationType();
                medical.setKind(ObligationKind.MEDICAL);
                s.getObligation().add(medical);
            }
            s.setArrearsTotal(o.arrearsTotal());
            s.setControllingOrderFlag(o.controllingOrderFlag());
            p.getOrder().add(s);
        }
        if (request.arrearsAsOf() != null) {
            ArrearsType arrears = new ArrearsType();
            arrears.setAmount(request.allegedArrears());
            arrears.setAsOf(request.arrearsAsOf());
            p.setAllegedArrears(arrears);
        }
        request.controllingOrder().ifPresent(d -> {
            ControllingOrderType c = new ControllingOrderType();
            c.setOrderId(d.controlling().orElse(null));
            c.setNewOrderRequired(d.newOrderRequired());
            c.setRule(d.rule().name());
            c.setSection(d.rule().section());
            c.setExplanation(d.explanation());
            p.setControllingOrder(c);
        });
        for (org.csx.gateway.documents.ReceivedDocument d : documents) {
            DocumentType doc = new DocumentType();
            doc.setKind(d.type().name());
            doc.setCertified(d.isCertified());
            p.getDocument().add(doc);
        }
        p.setNotice(notice);
        p.setTransmittal(transmittal);
        return p;
    }
}
