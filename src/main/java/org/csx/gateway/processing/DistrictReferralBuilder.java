package org.csx.gateway.processing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.contract.common.DistrictType;
import org.csx.gateway.contract.referral.RequestType;
import org.csx.gateway.contract.referral.SenderType;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.documents.CourtDocuments;
import org.csx.gateway.documents.DocumentNotices;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.FarCodeTable;

/**
 * Turns a valid transmittal into the referral its district receives: with references to the documents held
 * (fetched over REST, never carried on the queue), the completeness review, and a note when a nondisclosure
 * finding protects the case.
 */
class DistrictReferralBuilder {

    private final FarCodeTable farCodes;

    public DistrictReferralBuilder(FarCodeTable farCodes) {
        this.farCodes = farCodes;
    }

    public DistrictReferralType build(TransmittalInProcess inProcess) {
        return build(inProcess, null);
    }

    public DistrictReferralType build(TransmittalInProcess inProcess, CaseReview review) {
        HeaderType header = inProcess.getTransmittal().getHeader();
        DistrictReferralType referral = new DistrictReferralType();
        referral.setTrackingId(inProcess.getTrackingId().toString());
        referral.setReceivedAt(inProcess.getReceivedAt());
        referral.setReferredAt(OffsetDateTime.now(ZoneOffset.UTC));

        District district = inProcess.getDistrict();
        DistrictType to = new DistrictType();
        to.setId(district.id());
        to.setName(district.name());
        to.setLocatorCode(district.locatorCode());
        referral.setDistrict(to);

        SenderType sender = new SenderType();
        sender.setPartnerId(inProcess.getPartnerId());
        sender.setKind(header.getSender().getKind());
        sender.setLocatorCode(header.getSender().getLocatorCode());
        sender.setCountryCode(header.getSender().getCountryCode());
        sender.setName(header.getSender().getName());
        referral.setSender(sender);

        String function = header.getFunctionalType().value();
        String action = header.getActionCode().value();
        RequestType request = new RequestType();
        request.setFunctionalType(function);
        request.setActionCode(action);
        request.setActionReason(header.getActionReason());
        request.setDescription(farCodes.description(function, action, header.getActionReason()).orElse(""));
        referral.setRequest(request);

        CaseType caseBlock = inProcess.getTransmittal().getCase();
        boolean nondisclosure = caseBlock != null && Boolean.TRUE.equals(caseBlock.isNondisclosureFinding());
        referral.setConfidential(nondisclosure);
        if (nondisclosure) {
            referral.setDisclosureNote(CourtDocuments.nondisclosureNote());
        }
        referral.setTransmittal(inProcess.getTransmittal());
        if (review != null) {
            referral.getDocument().addAll(DocumentNotices.references(review.documents()));
            referral.setCompleteness(review.completeness().status().name());
            referral.getMissingDocument().addAll(DocumentNotices.missing(review.completeness()));
        }
        return referral;
    }
}
