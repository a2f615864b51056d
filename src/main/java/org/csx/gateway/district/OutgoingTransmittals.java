package org.csx.gateway.district;

import java.time.LocalDate;
import java.util.List;
import org.csx.gateway.contract.district.DistrictMessageType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.routing.District;

/**
 * A district's message as the transmittal the other jurisdiction gets (transmittal.xsd, CSENet-style): the district
 * is the sender (its locator code), our serial number, the district's case id as Case-ID and the other side's case
 * id as Other-Case-ID; the blocks are the district's, field for field. Pure: no database, no clock.
 */
final class OutgoingTransmittals {

    private OutgoingTransmittals() {
    }

    static TransmittalType build(DistrictMessageType message, District district, Counterpart to, String serialNumber,
                                 LocalDate today, List<String> extraInformation) {
        TransmittalType t = new TransmittalType();
        HeaderType h = new HeaderType();
        SenderType us = new SenderType();
        us.setKind(SenderKind.STATE_IV_D_AGENCY);
        us.setLocatorCode(district.locatorCode());
        us.setName(district.name() == null ? null : truncate(district.name(), 60));
        h.setSender(us);
        h.setReceiverLocatorCode(to.locatorCode());
        h.setTransactionSerialNumber(serialNumber);
        h.setFunctionalType(message.getFunctionalType());
        h.setActionCode(message.getActionCode());
        h.setActionReason(message.getActionReason());
        h.setTransactionDate(today);
        h.setSenderCaseId(message.getDistrictCaseId());
        h.setReceiverCaseId(to.partnerCaseId());
        h.setActionResolutionDate(message.getActionResolutionDate());
        h.setAttachmentsIndicator(message.getDocumentManifest() != null);
        t.setHeader(h);
        t.setCase(message.getCase());
        t.setNcpIdentification(message.getNcpIdentification());
        t.setNcpLocate(message.getNcpLocate());
        t.getParticipant().addAll(message.getParticipant());
        t.getOrder().addAll(message.getOrder());
        t.getCollection().addAll(message.getCollection());
        InformationType information = message.getInformation();
        if (!extraInformation.isEmpty()) {
            InformationType merged = new InformationType();
            merged.getTextLine().addAll(extraInformation);
            if (information != null) {
                merged.setStatusChangeCode(information.getStatusChangeCode());
                merged.setNewCaseId(information.getNewCaseId());
                merged.getTextLine().addAll(information.getTextLine());
            }
            information = merged;
        }
        t.setInformation(information);
        t.setDocumentManifest(message.getDocumentManifest());
        return t;
    }

    static String label(TransmittalType t) {
        HeaderType h = t.getHeader();
        return (h.getFunctionalType().value() + " " + h.getActionCode().value() + " "
                + (h.getActionReason() == null ? "" : h.getActionReason())).strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
