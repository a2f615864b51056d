package org.csx.gateway.registration;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.documents.MissingDocument;
import org.csx.gateway.documents.ReceivedDocument;
import org.csx.gateway.documents.StatutoryRequirements;

/**
 * UIFSA §602/§706 as the case review sees them: for a registration request, what {@link RegistrationRequirements}
 * finds missing, each mapped onto a {@link DocumentTypeCode} ({@link FilingRequirement#document()}). The §602(a)
 * papers are decided here alone (the checklist's lines for them give way), so the sender is asked once, in the
 * statute's words, and a Convention request (§706, "notwithstanding §602(a)") is never asked for §602(a) papers.
 */
class RegistrationStatute implements StatutoryRequirements {

    private static final Set<DocumentTypeCode> DECIDED_HERE = Set.of(DocumentTypeCode.LETTER_OF_TRANSMITTAL_REGISTRATION,
            DocumentTypeCode.ORDER_COPY, DocumentTypeCode.CERTIFIED_ORDER_COPY, DocumentTypeCode.ARREARS_STATEMENT);

    private final RegistrationRequestReader reader;

    RegistrationStatute(RegistrationRequestReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<Verdict> evaluate(TransmittalType transmittal, List<ReceivedDocument> held) {
        if (RegistrationRequestReader.registrationReason(transmittal).isEmpty()) {
            return Optional.empty();
        }
        RegistrationRequest request;
        try {
            request = reader.read(null, null, null, transmittal);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not readable as a registration: processing.OpenRegistrationStep reports it to staff
        }
        RegistrationPacket packet = request.packet(held);
        RegistrationCheck check = RegistrationRequirements.check(packet);
        return Optional.of(new Verdict(DECIDED_HERE,
                check.missing().stream().filter(m -> m.requirement().blocking()).flatMap(m -> asMissing(m, packet).stream()).toList(),
                check.missing().stream().filter(m -> !m.requirement().blocking()).flatMap(m -> asMissing(m, packet).stream()).toList()));
    }

    /** One item per requirement; "two copies, one certified" per order says how many of each are still to come. */
    static List<MissingDocument> asMissing(MissingRequirement m, RegistrationPacket packet) {
        if (m.requirement() != FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED) {
            return List.of(new MissingDocument(m.requirement().document(), 1, m.sentence()));
        }
        int orders = packet.ordersInEffect();
        long certifiedShort = Math.max(0, orders - packet.countCertified(DocumentTypeCode.ORDER_COPY));
        long plainShort = Math.max(0, 2L * orders - packet.count(DocumentTypeCode.ORDER_COPY) - certifiedShort);
        List<MissingDocument> items = new java.util.ArrayList<>();
        if (certifiedShort > 0) {
            items.add(new MissingDocument(DocumentTypeCode.CERTIFIED_ORDER_COPY, (int) certifiedShort, m.sentence()));
        }
        if (plainShort > 0) {
            items.add(new MissingDocument(DocumentTypeCode.ORDER_COPY, (int) plainShort, m.sentence()));
        }
        return items;
    }
}
