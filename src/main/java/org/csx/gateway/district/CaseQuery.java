package org.csx.gateway.district;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.csx.gateway.audit.AuditTrail;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.exchange.CaseEventType;
import org.csx.gateway.contract.exchange.CaseStatementType;
import org.csx.gateway.contract.exchange.CompletenessStatus;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.exchange.ObjectFactory;
import org.csx.gateway.contract.exchange.QueryCaseType;
import org.csx.gateway.documents.CaseDocumentRepository;
import org.csx.gateway.documents.CaseReviewer;
import org.csx.gateway.documents.Completeness;
import org.csx.gateway.documents.DocumentNotices;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.soap.IntakeFaults;
import org.csx.gateway.soap.SoapPayloads;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.registration.RegistrationRecord;
import org.csx.gateway.registration.RegistrationRegistry;
import org.apache.cxf.message.Message;
import org.apache.camel.component.cxf.common.message.CxfConstants;

/**
 * QueryCase on the exchange service (schemas/exchange.wsdl): a partner looks into ITS OWN case, named by our tracking id
 * or its own case id, and gets at once the status, district, missing documents, registration state and latest events.
 * A case of another partner answers exactly as a case that does not exist (CASE_NOT_FOUND, same sentence): nothing
 * says it exists. Every query, found or not, is recorded in the personal-data audit trail.
 */
public class CaseQuery {

    static final int EVENTS = 10;

    private final TransmittalLedger ledger;
    private final CaseDocumentRepository documents;
    private final CaseReviewer reviewer;
    private final RegistrationRegistry registrations;
    private final DistrictLookup districts;
    private final AuditTrail audit;
    private final ContractXml contractXml;
    private final Clock clock;
    private final ObjectFactory objects = new ObjectFactory();

    CaseQuery(TransmittalLedger ledger, CaseDocumentRepository documents, CaseReviewer reviewer,
              RegistrationRegistry registrations, DistrictLookup districts, AuditTrail audit, ContractXml contractXml,
              Clock clock) {
        this.ledger = ledger;
        this.documents = documents;
        this.reviewer = reviewer;
        this.registrations = registrations;
        this.districts = districts;
        this.audit = audit;
        this.contractXml = contractXml;
        this.clock = clock;
    }

    public CxfPayload<SoapHeader> answer(Exchange exchange) {
        Partner partner = SoapPayloads.authenticatedPartner(exchange).orElseThrow(() ->
                IntakeFaults.clientFault(IntakeFaultCode.AUTHENTICATION_FAILED, "Partner credentials are required."));
        QueryCaseType query = query(exchange);
        Optional<UUID> found = find(partner, query);
        audit.record(clock.instant(), partner.id(), "SOAP QueryCase", "transmittal",
                found.map(UUID::toString).orElse(null),
                found.isPresent() ? "case query by the sending partner" : "case query: no case of this partner matched",
                clientAddress(exchange));
        TransmittalView view = found.flatMap(ledger::find).orElseThrow(() -> IntakeFaults.clientFault(
                IntakeFaultCode.CASE_NOT_FOUND, "No case of partner " + partner.id() + " matches the query."));
        List<Source> body = new ArrayList<>(1);
        body.add(new DOMSource(contractXml.toDocument(objects.createCaseStatement(statement(view))).getDocumentElement()));
        return new CxfPayload<>(new ArrayList<>(), body, null);
    }

    CaseStatementType statement(TransmittalView view) {
        CaseStatementType s = new CaseStatementType();
        s.setTrackingId(view.trackingId().toString());
        s.setSenderCaseId(view.senderCaseId());
        s.setTransaction((view.functionalType() + " " + view.actionCode() + " "
                + (view.actionReason() == null ? "" : view.actionReason())).strip());
        s.setReceivedAt(view.receivedAt().withOffsetSameInstant(ZoneOffset.UTC));
        s.setStatus(view.status().name());
        s.setStatusChangedAt(view.statusChangedAt().withOffsetSameInstant(ZoneOffset.UTC));
        districts.byId(view.districtId()).ifPresent(d ->
                s.setDistrict(PartnerMessages.district(d.id(), d.name(), d.locatorCode())));
        reviewer.current(view.trackingId()).ifPresent(review -> {
            Completeness completeness = review.completeness();
            s.setCompleteness(completeness.isComplete() ? CompletenessStatus.COMPLETE : CompletenessStatus.INCOMPLETE);
            s.getMissingDocument().addAll(DocumentNotices.missing(completeness));
        });
        registrations.idForTransmittal(view.trackingId()).flatMap(registrations::find)
                .map(RegistrationRecord::status).ifPresent(status -> s.setRegistrationStatus(status.name()));
        List<TransmittalView.Event> history = view.history();
        for (TransmittalView.Event e : history.subList(Math.max(0, history.size() - EVENTS), history.size())) {
            CaseEventType t = new CaseEventType();
            t.setStatus(e.status().name());
            t.setOccurredAt(e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC));
            t.setDetail(e.detail());
            s.getEvent().add(t);
        }
        return s;
    }

    /** Only the partner's own cases are ever found. */
    private Optional<UUID> find(Partner partner, QueryCaseType query) {
        if (query.getTrackingId() != null) {
            try {
                UUID id = UUID.fromString(query.getTrackingId().strip());
                return documents.sentBy(id, partner.id()) ? Optional.of(id) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return query.getSenderCaseId() == null ? Optional.empty()
                : documents.caseBySenderCaseId(partner.id(), query.getSenderCaseId().strip());
    }

    private QueryCaseType query(Exchange exchange) {
        Source source = SoapPayloads.onlyBodyElement(exchange).orElseThrow(() -> IntakeFaults.clientFault(
                IntakeFaultCode.MALFORMED_MESSAGE, "The SOAP body must hold exactly one QueryCase element."));
        try {
            return contractXml.read(SoapPayloads.toXml(source), QueryCaseType.class);
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw IntakeFaults.clientFault(IntakeFaultCode.MALFORMED_MESSAGE, "The QueryCase request could not be read.");
        }
    }

    private static String clientAddress(Exchange exchange) {
        Message cxf = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        Object request = cxf == null ? null : cxf.get("HTTP.REQUEST");
        return request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getRemoteAddr() : null;
    }
}
