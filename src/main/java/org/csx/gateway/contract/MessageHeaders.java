package org.csx.gateway.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name the gateway gives a message header (on the broker: part of the queue contract districts, courts and
 * partners read) and every exchange property the routes test. One class: routes/*.yaml use these names and the Java
 * uses these constants; MessageHeadersTest fails on a csx name in a route that is not declared here.
 */
public final class MessageHeaders {

    // ------------------------------------------------------------ headers on broker messages

    /** The gateway's id of the transmittal a message concerns. */
    public static final String TRACKING_ID = "csxTrackingId";
    /**
     * On an intake message that points at several transmittals (a CSENet chunk, a SOAP queuer batch): how many; the
     * body lists them.
     */
    public static final String INTAKE_BATCH = "csxIntakeBatch";
    public static final String PARTNER_ID = "csxPartnerId";
    /** SOAP or CSENET: how the transmittal came in. */
    public static final String CHANNEL = "csxChannel";
    public static final String SERIAL_NUMBER = "csxTransactionSerialNumber";
    public static final String RECEIVED_AT = "csxReceivedAt";
    public static final String RESENT = "csxResent";
    public static final String DISTRICT_ID = "csxDistrictId";
    /** What a message is (REGISTRATION_PACKET, DOCUMENTS_RECEIVED, DOCUMENTS_REMINDER, CSENET_ENF_P_ESREG, ...). */
    public static final String MESSAGE_KIND = "csxMessageKind";
    /** The CSENet function, action and reason a message to a partner stands for ("EST M GRPOU"). */
    public static final String CSENET_TRANSACTION = "csxCsenetTransaction";
    public static final String REGISTRATION_ID = "csxRegistrationId";
    public static final String COURT_ID = "csxCourtId";
    /** The outbox row a message was sent from (its key is also the Artemis duplicate id). */
    public static final String OUTBOX_KEY = "csxOutboxKey";
    public static final String ROUTING_PROBLEM = "csxRoutingProblem";
    public static final String DUTY_KIND = "csxDutyKind";
    public static final String DUE_DATE = "csxDueDate";
    public static final String FAILURE_CAUSE = "csxFailureCause";
    public static final String FAILED_ROUTE = "csxFailedRoute";
    public static final String FAILED_AT = "csxFailedAt";
    /** Set by the CSENet file channel: which inbox a file came from (binds it to its source). */
    public static final String CSENET_INBOX = "csxCsenetInbox";
    /** The court a court.<id>.responses message came in on (set by routes/court-answers.yaml, checked against the login). */
    public static final String COURT_QUEUE_ID = "csxCourtQueueId";
    /** The partner_delivery row a message about a delivery concerns. */
    public static final String DELIVERY_ID = "csxDeliveryId";
    /** On a district's messages (docs/way-back.md): the case a message concerns, its id, the queue it came on. */
    public static final String CASE_TRACKING_ID = "csxCaseTrackingId";
    public static final String DISTRICT_MESSAGE_ID = "csxDistrictMessageId";
    public static final String DISTRICT_QUEUE = "csxDistrictQueue";
    /** A case moved to another district: the district it came from. */
    public static final String FORWARDED_FROM = "csxForwardedFrom";
    /** The district_message row a rejection answers. */
    public static final String REJECTION_ID = "csxRejectionId";
    /** Artemis duplicate detection. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    // ------------------------------------------------------------ exchange properties the routes test

    public static final String INTAKE_RESULT = "csxIntakeResult";
    public static final String PARTNER = "csxPartner";
    public static final String RAW_TRANSMITTAL = "csxRawTransmittal";
    /** Exchange property: a batch's ledger rows, locked together before its split (processing.ClaimTransmittalStep). */
    public static final String BATCH_CLAIMS = "csxBatchClaims";
    public static final String ALREADY_PROCESSED = "csxAlreadyProcessed";
    /**
     * Exchange property: the message as the route received it, kept by a route that replaces its message
     * (processing's claim), so that a dead letter is made from it (processing.DeadLetterStep).
     */
    public static final String RECEIVED_MESSAGE = "csxReceivedMessage";
    public static final String CASE_REVIEW = "csxCaseReview";
    /**
     * Processing's transmittal in process (processing.TransmittalInProcess), and whether validation rejected it: a
     * plain property the route's choice reads, not a method call in the simple language (those were 7 % of the
     * processing threads' CPU, JFR).
     */
    public static final String TRANSMITTAL = "transmittal";
    public static final String REJECTED = "csxRejected";
    public static final String ATTACHED_DOCUMENTS = "csxAttachedDocuments";
    public static final String DOCUMENTS_RESULT = "csxDocumentsResult";
    public static final String COURT_ANSWER_REFUSED = "csxCourtAnswerRefused";
    public static final String DELIVERY_PARTNER = "csxDeliveryPartner";

    private MessageHeaders() {
    }

    /** Every name declared here. */
    public static Set<String> all() {
        Set<String> names = new TreeSet<>();
        for (Field f : MessageHeaders.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
