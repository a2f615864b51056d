package org.csx.gateway.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.AddressType;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.PersonNameType;
import org.csx.gateway.contract.transmittal.Relationship;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.registration.RegistrationRequest.Jurisdiction;
import org.csx.gateway.registration.RegistrationRequest.JurisdictionKind;
import org.csx.gateway.registration.RegistrationRequest.Name;
import org.csx.gateway.registration.RegistrationRequest.ObligationKind;
import org.csx.gateway.registration.RegistrationRequest.OrderLine;
import org.csx.gateway.validation.FipsCountyTable;

/**
 * Reads a registration request out of a valid transmittal, whatever channel it came by (SOAP or
 * CSENet file: both end as a {@link TransmittalType}). Pure apart from the reference tables.
 *
 * <p>The court is the one for the county the sender addressed (receiver locator code): the sender
 * names the county where the obligor lives or has income or property (UIFSA §310). The noncustodial
 * parent is the obligor; the custodial party (relationship C) the obligee; dependents (D) the children.
 */
class RegistrationRequestReader {

    private final FipsCountyTable counties;
    private final List<String> conventionCountries;

    public RegistrationRequestReader(FipsCountyTable counties, List<String> conventionCountries) {
        this.counties = counties;
        this.conventionCountries = List.copyOf(conventionCountries);
    }

    /** ENF R (or U) with one of the nine registration reason codes. */
    public static Optional<RegistrationReasonCode> registrationReason(TransmittalType transmittal) {
        if (transmittal == null || transmittal.getHeader() == null) {
            return Optional.empty();
        }
        HeaderType header = transmittal.getHeader();
        if (header.getFunctionalType() != FunctionalType.ENF
                || (header.getActionCode() != ActionCode.R && header.getActionCode() != ActionCode.U)) {
            return Optional.empty();
        }
        return RegistrationReasonCode.fromCode(header.getActionReason());
    }

    public RegistrationRequest read(UUID trackingId, String partnerId, String districtId, TransmittalType t) {
        RegistrationReasonCode reason = registrationReason(t)
                .orElseThrow(() -> new IllegalArgumentException("not a registration request"));
        HeaderType header = t.getHeader();
        SenderKind senderKind = header.getSender().getKind();
        String senderCountry = header.getSender().getCountryCode();
        boolean foreign = senderKind == SenderKind.FOREIGN_CENTRAL_AUTHORITY;
        boolean convention = foreign && senderCountry != null && conventionCountries.contains(senderCountry);

        List<ParticipantType> participants = t.getParticipant();
        ParticipantType obligeeBlock = participants.stream()
                .filter(p -> p.getRelationship() == Relationship.C).findFirst().orElse(null);
        List<ParticipantType> childBlocks = participants.stream()
                .filter(p -> p.getRelationship() == Relationship.D).toList();
        Name obligor = t.getNcpIdentification() == null ? null : name(t.getNcpIdentification().getName());
        Name obligee = obligeeBlock == null ? null : name(obligeeBlock.getName());
        List<Name> children = childBlocks.stream().map(p -> name(p.getName())).toList();

        List<OrderLine> orders = t.getOrder().stream().map(RegistrationRequestReader::orderLine).toList();
        BigDecimal arrears = t.getOrder().stream().map(OrderType::getArrearsTotalAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean arrearsStated = t.getOrder().stream().anyMatch(o -> o.getArrearsTotalAmount() != null);
        LocalDate asOf = header.getTransactionDate();

        Jurisdiction jurisdiction = jurisdiction(t, senderKind);
        String obligorState = obligorState(t.getNcpLocate());
        String obligeeState = obligeeBlock == null || obligeeBlock.getAddress() == null ? null : obligeeBlock.getAddress().getState();
        String childState = childBlocks.stream()
                .map(p -> p.getChildStateOfResidence() != null ? p.getChildStateOfResidence()
                        : p.getAddress() == null ? null : p.getAddress().getState())
                .filter(Objects::nonNull).findFirst().orElse(null);

        // An order may come as several Order blocks (one per debt type): it is one order for §207 and §602(d).
        long distinctOrders = orders.stream().map(OrderLine::orderId).distinct().count();
        Optional<ControllingOrderDecision> controlling = distinctOrders >= 2
                ? Optional.of(ControllingOrderDetermination.decide(candidates(t, obligorState, obligeeState, childState)))
                : Optional.empty();

        CaseType caseBlock = t.getCase();
        boolean nondisclosure = caseBlock != null && Boolean.TRUE.equals(caseBlock.isNondisclosureFinding());
        NcpLocateType locate = t.getNcpLocate();
        PartyDataPresent parties = new PartyDataPresent(
                obligor != null,
                locate != null && (locate.getResidentialAddress() != null || locate.getMailingAddress() != null),
                t.getNcpIdentification() != null && t.getNcpIdentification().getSsn() != null,
                locate != null && !locate.getEmployer().isEmpty(),
                false,
                false,
                obligee != null,
                obligeeBlock != null && obligeeBlock.getAddress() != null,
                caseBlock != null && (caseBlock.getPaymentAddress() != null || caseBlock.getPaymentLocatorCode() != null));
        boolean controllingNamed = t.getOrder().stream().anyMatch(o -> o.getControllingOrderFlag() != null);

        // The non-registering party contests: the obligee when the obligor asks for registration, else the obligor,
        // who lives in this state (registration is where the obligor lives or has income or property).
        boolean contestingAbroad = reason.requester() == RegistrationRequester.OBLIGOR && foreign;
        ConventionFacts facts = convention
                ? new ConventionFacts(true, arrears.signum() > 0, false, false, true)
                : ConventionFacts.notApplicable();

        String receiver = header.getReceiverLocatorCode();
        return new RegistrationRequest(trackingId, partnerId, senderKind.value(), header.getSender().getLocatorCode(),
                senderCountry, header.getSenderCaseId(), header.getTransactionSerialNumber(), reason, convention,
                contestingAbroad, jurisdiction, districtId, receiver.substring(0, 5), obligor, obligee, children, orders,
                arrears, asOf, controlling, parties, controllingNamed, arrearsStated, nondisclosure, facts);
    }

    private Jurisdiction jurisdiction(TransmittalType t, SenderKind senderKind) {
        HeaderType header = t.getHeader();
        String orderLocator = t.getOrder().stream().map(OrderType::getOrderLocatorCode).filter(Objects::nonNull)
                .findFirst().orElse(null);
        String tribunal = orderLocator != null ? orderLocator : truncate(header.getSender().getName(), 40);
        return switch (senderKind) {
            case FOREIGN_CENTRAL_AUTHORITY -> new Jurisdiction(JurisdictionKind.COUNTRY, header.getSender().getCountryCode(), tribunal);
            case TRIBAL_IV_D_PROGRAM -> new Jurisdiction(JurisdictionKind.TRIBE, header.getSender().getLocatorCode(), tribunal);
            default -> {
                String locator = orderLocator != null ? orderLocator : header.getSender().getLocatorCode();
                yield new Jurisdiction(JurisdictionKind.STATE, locator == null ? "00" : locator.substring(0, 2), tribunal);
            }
        };
    }

    private List<CandidateOrder> candidates(TransmittalType t, String obligorState, String obligeeState, String childState) {
        List<CandidateOrder> candidates = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (OrderType o : t.getOrder()) {
            if (!seen.add(o.getOrderId())) {
                continue;
            }
            String locator = o.getOrderLocatorCode();
            String issuingState = locator == null ? null : counties.stateAbbreviation(locator.substring(0, 2)).orElse(null);
            LocalDate issued = o.getFilingDate() != null ? o.getFilingDate()
                    : o.getEffectiveDate() != null ? o.getEffectiveDate() : t.getHeader().getTransactionDate();
            IssuingJurisdictionTies ties = IssuingJurisdictionTies.residence(
                    same(issuingState, obligorState), same(issuingState, obligeeState), same(issuingState, childState));
            candidates.add(new CandidateOrder(o.getOrderId(), issuingState == null ? "unknown" : issuingState,
                    locator == null ? "unknown" : locator, issued, ties, same(issuingState, childState)));
        }
        return candidates;
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    private static String obligorState(NcpLocateType locate) {
        if (locate == null) {
            return null;
        }
        AddressType address = locate.getResidentialAddress() != null ? locate.getResidentialAddress().getAddress()
                : locate.getMailingAddress() != null ? locate.getMailingAddress().getAddress() : null;
        return address == null ? null : address.getState();
    }

    private static OrderLine orderLine(OrderType o) {
        ObligationKind kind = o.getDebtType() == null ? ObligationKind.OTHER : switch (o.getDebtType()) {
            case CS -> ObligationKind.CHILD;
            case MS -> ObligationKind.MEDICAL;
            case SS -> ObligationKind.SPOUSAL;
        };
        LocalDate issued = o.getFilingDate() != null ? o.getFilingDate() : o.getEffectiveDate();
        return new OrderLine(o.getOrderId(), o.getOrderLocatorCode(), o.getTribunalCaseNumber(), issued, kind,
                o.getFrequencyAmount(), o.getFrequency() == null ? null : o.getFrequency().value(), o.isMedicalOrdered(),
                o.getArrearsTotalAmount(), o.getControllingOrderFlag() == null ? null : o.getControllingOrderFlag().value());
    }

    private static Name name(PersonNameType name) {
        return name == null ? null : new Name(name.getLast(), name.getFirst());
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
