package org.csx.gateway.documents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.referral.DocumentReferenceType;
import org.csx.gateway.contract.referral.DocumentsReceivedNoticeType;
import org.csx.gateway.contract.common.MissingDocumentType;
import org.csx.gateway.contract.referral.ObjectFactory;

/**
 * What a district is told about a case's documents: references it fetches with GET /api/documents/{sha256}
 * (never the content itself on the queue), what is still missing, and the "documents received" notice.
 */
public class DocumentNotices {

    public static final String DOCUMENT_PATH = "/api/documents/";

    private final ContractXml contractXml;
    private final ObjectFactory objects = new ObjectFactory();

    public DocumentNotices(ContractXml contractXml) {
        this.contractXml = contractXml;
    }

    public static List<DocumentReferenceType> references(List<CaseDocument> documents) {
        return documents.stream().map(d -> {
            DocumentReferenceType r = new DocumentReferenceType();
            r.setDocumentType(d.type());
            r.setCertified(d.asReceived().isCertified());
            r.setMediaType(d.mediaType());
            r.setSha256(d.sha256());
            r.setSizeBytes(d.sizeBytes());
            r.setHref(DOCUMENT_PATH + d.sha256());
            return r;
        }).toList();
    }

    /** What is missing, in the contract's words: the one mapping, used by every message that names it. */
    public static List<MissingDocumentType> missing(Completeness completeness) {
        return completeness.missing().stream().map(m -> {
            MissingDocumentType t = new MissingDocumentType();
            t.setDocumentType(m.type());
            t.setCount(m.missingCount());
            t.setReason(m.reason());
            return t;
        }).toList();
    }

    /** The notice put on district.&lt;id&gt;.inbound when documents arrive for a case already referred. */
    public String documentsReceived(CaseReview review, List<CaseDocument> arrived) {
        DocumentsReceivedNoticeType notice = new DocumentsReceivedNoticeType();
        notice.setTrackingId(review.trackingId().toString());
        notice.setNotifiedAt(OffsetDateTime.now(ZoneOffset.UTC));
        notice.setDistrictId(review.districtId());
        notice.getDocument().addAll(references(arrived));
        notice.setCompleteness(review.completeness().status().name());
        notice.getMissingDocument().addAll(missing(review.completeness()));
        return contractXml.toXml(objects.createDocumentsReceivedNotice(notice));
    }
}
