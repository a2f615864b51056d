package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.contract.transmittal.DocumentTypeCode.*;
import static org.csx.gateway.documents.RequestType.*;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.partner.PartnerProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentChecklistTest {

    private static final DocumentChecklist CHECKLIST = DocumentChecklist.fromClasspath();
    private static final String CALIFORNIA = "06";

    /** A complete set for each request type, written out by hand from the forms matrix (brief §2.2). */
    private static final Map<RequestType, List<ReceivedDocument>> COMPLETE = new EnumMap<>(RequestType.class);

    static {
        List<ReceivedDocument> petition = docs(UNIFORM_SUPPORT_PETITION, GENERAL_TESTIMONY, PERSONAL_INFORMATION_FORM_311);
        List<ReceivedDocument> registration = docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM,
                LETTER_OF_TRANSMITTAL_REGISTRATION, ORDER_COPY, CERTIFIED_ORDER_COPY, ARREARS_STATEMENT);
        COMPLETE.put(PATERNITY_AND_SUPPORT, plus(docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM, DECLARATION_PARENTAGE), petition));
        COMPLETE.put(SUPPORT_ESTABLISHMENT, plus(docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM), petition));
        COMPLETE.put(ENFORCE_RESPONDING_STATE_ORDER, docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM));
        COMPLETE.put(REGISTRATION_FOR_ENFORCEMENT, registration);
        COMPLETE.put(REGISTRATION_ARREARS_ONLY, registration);
        COMPLETE.put(REGISTRATION_FOR_MODIFICATION, plus(registration, petition));
        COMPLETE.put(REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT, plus(registration, petition));
        COMPLETE.put(CONTROLLING_ORDER_DETERMINATION, docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM,
                UNIFORM_SUPPORT_PETITION, PERSONAL_INFORMATION_FORM_311, ORDER_COPY, PAYMENT_HISTORY));
        COMPLETE.put(REVIEW_AND_ADJUSTMENT, plus(docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM), petition));
        COMPLETE.put(REDIRECT_PAYMENTS, docs(CHANGE_PAYMENT_LOCATION_REQUEST, CONFIDENTIAL_INFORMATION_FORM));
        COMPLETE.put(LIMITED_SERVICE, docs(TRANSMITTAL_3));
        COMPLETE.put(LOCATE_ONLY, docs(LOCATE_REQUEST));
        COMPLETE.put(EXISTING_CASE_ACTION, docs(TRANSMITTAL_2));
    }

    private static List<ReceivedDocument> docs(DocumentTypeCode... types) {
        return Arrays.stream(types).map(ReceivedDocument::of).toList();
    }

    @SafeVarargs
    private static List<ReceivedDocument> plus(List<ReceivedDocument>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    @Test
    void everyRequestTypeHasAHandWrittenCompleteSet() {
        assertThat(COMPLETE.keySet()).containsExactlyInAnyOrder(RequestType.values());
    }

    @Nested
    class EveryRequestType {

        @ParameterizedTest
        @EnumSource(RequestType.class)
        void theCompleteSetIsComplete(RequestType type) {
            Completeness result = CHECKLIST.evaluate(type, CALIFORNIA, COMPLETE.get(type));
            assertThat(result.status()).isEqualTo(Completeness.Status.COMPLETE);
            assertThat(result.missing()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(RequestType.class)
        void droppingAnyOneDocumentMakesItIncompleteNamingJustThatDocument(RequestType type) {
            List<ReceivedDocument> complete = COMPLETE.get(type);
            for (int i = 0; i < complete.size(); i++) {
                List<ReceivedDocument> short1 = new ArrayList<>(complete);
                ReceivedDocument dropped = short1.remove(i);
                Completeness result = CHECKLIST.evaluate(type, CALIFORNIA, short1);
                assertThat(result.status()).as("%s without %s", type, dropped).isEqualTo(Completeness.Status.INCOMPLETE);
                assertThat(result.missing()).as("%s without %s", type, dropped).singleElement().satisfies(m -> {
                    assertThat(m.type()).isEqualTo(dropped.type());
                    assertThat(m.missingCount()).isEqualTo(1);
                    assertThat(m.reason()).contains(" required ").endsWith(" received");
                });
            }
        }

        @ParameterizedTest
        @EnumSource(RequestType.class)
        void nothingReceivedMissesEveryUnconditionalRequirement(RequestType type) {
            Completeness result = CHECKLIST.evaluate(type, CALIFORNIA, List.of());
            assertThat(result.status()).isEqualTo(Completeness.Status.INCOMPLETE);
            int expectedItems = (int) CHECKLIST.requirementsFor(type, CALIFORNIA).stream()
                    .filter(r -> !r.isConditional())
                    .mapToInt(r -> r.certifiedCount() > 0 && r.minCount() > r.certifiedCount() ? 2 : 1).sum();
            assertThat(result.missing()).hasSize(expectedItems);
        }
    }

    @Nested
    class Registration {

        @Test
        void nothingReceivedListsTheSection602PapersInPlainSentences() {
            Completeness result = CHECKLIST.evaluate(REGISTRATION_FOR_ENFORCEMENT, CALIFORNIA, List.of());
            String ltrr = "attached to the Letter of Transmittal Requesting Registration, IV-D cases";
            assertThat(result.missing()).containsExactly(
                    new MissingDocument(TRANSMITTAL_1, 1,
                            "The Transmittal #1 (Initial Request) is required (" + ltrr + "); 0 of 1 received"),
                    new MissingDocument(CONFIDENTIAL_INFORMATION_FORM, 1,
                            "The Child Support Agency Confidential Information Form is required (" + ltrr + "); 0 of 1 received"),
                    new MissingDocument(LETTER_OF_TRANSMITTAL_REGISTRATION, 1,
                            "The Letter of Transmittal Requesting Registration is required (UIFSA §602(a)(1)); 0 of 1 received"),
                    new MissingDocument(CERTIFIED_ORDER_COPY, 1,
                            "A certified copy of the order is required (UIFSA §602(a)(2)); 0 of 1 received"),
                    new MissingDocument(ORDER_COPY, 1,
                            "Two copies of the order are required (UIFSA §602(a)(2)); 0 of 2 received;"
                                    + " the certified copy counts as one of them"),
                    new MissingDocument(ARREARS_STATEMENT, 1,
                            "A sworn or certified statement of arrears is required (UIFSA §602(a)(3)); 0 of 1 received"));
        }

        private List<MissingDocument> orderItemsMissing(ReceivedDocument... orderCopies) {
            List<ReceivedDocument> documents = new ArrayList<>(docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM,
                    LETTER_OF_TRANSMITTAL_REGISTRATION, ARREARS_STATEMENT));
            documents.addAll(List.of(orderCopies));
            return CHECKLIST.evaluate(REGISTRATION_FOR_ENFORCEMENT, CALIFORNIA, documents).missing();
        }

        @Test
        void oneOrdinaryAndOneCertifiedCopyMakeTheTwoCopies() {
            assertThat(orderItemsMissing(ReceivedDocument.of(ORDER_COPY), ReceivedDocument.of(CERTIFIED_ORDER_COPY))).isEmpty();
        }

        @Test
        void twoCertifiedCopiesAlsoMakeTheTwoCopies() {
            assertThat(orderItemsMissing(ReceivedDocument.of(CERTIFIED_ORDER_COPY), ReceivedDocument.of(CERTIFIED_ORDER_COPY))).isEmpty();
        }

        @Test
        void anOrderCopyFlaggedCertifiedCountsAsTheCertifiedCopy() {
            assertThat(orderItemsMissing(ReceivedDocument.certified(ORDER_COPY), ReceivedDocument.of(ORDER_COPY))).isEmpty();
        }

        @Test
        void aCertifiedOrderCopyIsCertifiedByItsTypeEvenWithoutTheFlag() {
            assertThat(new ReceivedDocument(CERTIFIED_ORDER_COPY, false).isCertified()).isTrue();
            assertThat(orderItemsMissing(new ReceivedDocument(CERTIFIED_ORDER_COPY, false), ReceivedDocument.of(ORDER_COPY))).isEmpty();
        }

        @Test
        void twoOrdinaryCopiesStillLackTheCertifiedOne() {
            assertThat(orderItemsMissing(ReceivedDocument.of(ORDER_COPY), ReceivedDocument.of(ORDER_COPY))).containsExactly(
                    new MissingDocument(CERTIFIED_ORDER_COPY, 1,
                            "A certified copy of the order is required (UIFSA §602(a)(2)); 0 of 1 received"));
        }

        @Test
        void oneCertifiedCopyAloneLacksTheSecondCopy() {
            assertThat(orderItemsMissing(ReceivedDocument.of(CERTIFIED_ORDER_COPY))).containsExactly(
                    new MissingDocument(ORDER_COPY, 1, "Two copies of the order are required (UIFSA §602(a)(2)); 1 of 2 received"));
        }

        @Test
        void otherDocumentsDoNotCountAsOrderCopies() {
            assertThat(orderItemsMissing(ReceivedDocument.certified(PAYMENT_HISTORY), ReceivedDocument.of(OTHER)))
                    .extracting(MissingDocument::type).containsExactly(CERTIFIED_ORDER_COPY, ORDER_COPY);
        }
    }

    @Test
    void aLateDocumentCompletesTheCase() {
        List<ReceivedDocument> onDay1 = docs(TRANSMITTAL_1, CONFIDENTIAL_INFORMATION_FORM,
                LETTER_OF_TRANSMITTAL_REGISTRATION, ORDER_COPY, ARREARS_STATEMENT);
        Completeness first = CHECKLIST.evaluate(REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT, CALIFORNIA, onDay1);
        assertThat(first.status()).isEqualTo(Completeness.Status.INCOMPLETE);
        assertThat(first.missing()).extracting(MissingDocument::type).containsExactly(
                CERTIFIED_ORDER_COPY, UNIFORM_SUPPORT_PETITION, GENERAL_TESTIMONY, PERSONAL_INFORMATION_FORM_311);

        List<ReceivedDocument> byEde = plus(onDay1, docs(UNIFORM_SUPPORT_PETITION, GENERAL_TESTIMONY, PERSONAL_INFORMATION_FORM_311));
        Completeness second = CHECKLIST.evaluate(REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT, CALIFORNIA, byEde);
        assertThat(second.missing()).extracting(MissingDocument::type).containsExactly(CERTIFIED_ORDER_COPY);

        List<ReceivedDocument> byMail = plus(byEde, docs(CERTIFIED_ORDER_COPY));
        Completeness third = CHECKLIST.evaluate(REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT, CALIFORNIA, byMail);
        assertThat(third.isComplete()).isTrue();
        assertThat(third.missing()).isEmpty();
    }

    @Nested
    class ConditionalItems {

        @Test
        void doNotChangeTheStatusButAreListedToConfirm() {
            Completeness result = CHECKLIST.evaluate(PATERNITY_AND_SUPPORT, CALIFORNIA, COMPLETE.get(PATERNITY_AND_SUPPORT));
            assertThat(result.isComplete()).isTrue();
            assertThat(result.toConfirm()).containsExactly(
                    new MissingDocument(ORDER_COPY, 1,
                            "If an order is in effect, a copy of the order is required (UIFSA §311); 0 of 1 received"),
                    new MissingDocument(BIRTH_CERTIFICATE_OR_PATERNITY_ACKNOWLEDGMENT, 1,
                            "If paternity was acknowledged or the birth certificate names the father, a birth certificate"
                                    + " or acknowledgment of paternity is required (OCSS Intergovernmental Forms Matrix); 0 of 1 received"));
        }

        @Test
        void disappearOnceReceived() {
            Completeness result = CHECKLIST.evaluate(PATERNITY_AND_SUPPORT, CALIFORNIA,
                    plus(COMPLETE.get(PATERNITY_AND_SUPPORT), docs(ORDER_COPY, BIRTH_CERTIFICATE_OR_PATERNITY_ACKNOWLEDGMENT)));
            assertThat(result.toConfirm()).isEmpty();
        }
    }

    @Nested
    class PartnerStateOverrides {

        // Sample partner-profile overrides (invented, not any state's real IRG profile).
        private final DocumentChecklist withSample = CHECKLIST.withOverrides(List.of(
                RequirementOverride.fromProfile(CALIFORNIA, new PartnerProfile.DocumentOverride("ADD",
                        "REGISTRATION_FOR_ENFORCEMENT", "PAYMENT_HISTORY", 1, 1, null, "IRG profile, sample", "I")),
                RequirementOverride.fromProfile(CALIFORNIA, new PartnerProfile.DocumentOverride("ADD",
                        "REGISTRATION_FOR_ENFORCEMENT", "ORDER_COPY", 3, 2, null, "IRG profile, sample", "I")),
                RequirementOverride.fromProfile("48", new PartnerProfile.DocumentOverride("REMOVE",
                        "REGISTRATION_FOR_ENFORCEMENT", "CONFIDENTIAL_INFORMATION_FORM", null, null, null, null, null))));
        private final List<ReceivedDocument> federallyComplete = COMPLETE.get(REGISTRATION_FOR_ENFORCEMENT);

        @Test
        void withoutProfileOverridesEveryStateGetsTheFederalChecklist() {
            for (RequestType type : RequestType.values()) {
                assertThat(CHECKLIST.requirementsFor(type, CALIFORNIA)).isEqualTo(CHECKLIST.requirementsFor(type, null));
            }
        }

        @Test
        void anAddedAndARaisedRequirementApplyToThatStateOnly() {
            Completeness california = withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, CALIFORNIA, federallyComplete);
            assertThat(california.missing()).containsExactly(
                    new MissingDocument(CERTIFIED_ORDER_COPY, 1,
                            "Two certified copies of the order are required (IRG profile, sample); 1 of 2 received"),
                    new MissingDocument(PAYMENT_HISTORY, 1,
                            "A certified copy of a payment record is required (IRG profile, sample); 0 of 1 received"));

            assertThat(withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, "20", federallyComplete).isComplete()).isTrue();
            assertThat(withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, null, federallyComplete).isComplete()).isTrue();
            // Other request types from that state keep the federal checklist.
            assertThat(withSample.requirementsFor(REGISTRATION_ARREARS_ONLY, CALIFORNIA))
                    .isEqualTo(withSample.requirementsFor(REGISTRATION_ARREARS_ONLY, "20"));
        }

        @Test
        void theStateWithItsOwnExtrasIsCompleteOnceTheyArrive() {
            List<ReceivedDocument> more = plus(federallyComplete,
                    List.of(ReceivedDocument.of(CERTIFIED_ORDER_COPY), ReceivedDocument.certified(PAYMENT_HISTORY)));
            assertThat(withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, CALIFORNIA, more).isComplete()).isTrue();
        }

        @Test
        void aRemovedRequirementIsNotAskedOfThatState() {
            List<ReceivedDocument> withoutConfidentialForm = federallyComplete.stream()
                    .filter(d -> d.type() != CONFIDENTIAL_INFORMATION_FORM).toList();
            assertThat(withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, "48", withoutConfidentialForm).isComplete()).isTrue();
            assertThat(withSample.evaluate(REGISTRATION_FOR_ENFORCEMENT, "20", withoutConfidentialForm).missing())
                    .extracting(MissingDocument::type).containsExactly(CONFIDENTIAL_INFORMATION_FORM);
        }
    }

    @Nested
    class BadFiles {

        private static final String HEADER = "request_type,document_type,min_count,certified_count,condition,source,basis\n";

        private String everyTypeOnce() {
            StringBuilder csv = new StringBuilder(HEADER);
            for (RequestType type : RequestType.values()) {
                csv.append(type).append(",OTHER,1,0,,test,I\n");
            }
            return csv.toString();
        }

        private DocumentChecklist load(String requirements) {
            return DocumentChecklist.load(new StringReader(requirements), "requirements.csv", List.of());
        }

        @Test
        void aMinimalValidFileLoads() {
            assertThat(load(everyTypeOnce()).requirementsFor(LOCATE_ONLY, null)).hasSize(1);
        }

        @Test
        void aRequestTypeWithoutRequirementsIsRejected() {
            assertThatThrownBy(() -> load(HEADER + "LOCATE_ONLY,LOCATE_REQUEST,1,0,,x,V\n"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no requirements for");
        }

        @Test
        void aDuplicateRequirementIsRejected() {
            assertThatThrownBy(() -> load(everyTypeOnce() + "LOCATE_ONLY,OTHER,2,0,,x,V\n"))
                    .hasMessageContaining("two requirements for LOCATE_ONLY / OTHER");
        }

        @Test
        void aBadLineIsReportedWithItsFileAndLineNumber() {
            assertThatThrownBy(() -> load(everyTypeOnce() + "LOCATE_ONLY,NOT_A_FORM,1,0,,x,V\n"))
                    .hasMessageStartingWith("requirements.csv line " + (RequestType.values().length + 2) + ":");
            assertThatThrownBy(() -> load(everyTypeOnce() + "LOCATE_ONLY,LOCATE_REQUEST,1,2,,x,V\n"))
                    .hasMessageContaining("certifiedCount");
        }

        @Test
        void anOverrideNeedsATwoDigitStateCodeAndKnownCodes() {
            assertThatThrownBy(() -> RequirementOverride.fromProfile("6", new PartnerProfile.DocumentOverride(
                    "REMOVE", "LOCATE_ONLY", "OTHER", null, null, null, null, null))).hasMessageContaining("two digits");
            assertThatThrownBy(() -> RequirementOverride.fromProfile("06", new PartnerProfile.DocumentOverride(
                    "ADD", "LOCATE_ONLY", "NOT_A_FORM", 1, 0, null, null, "I")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
