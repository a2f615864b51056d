package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.contract.transmittal.DocumentTypeCode.*;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.documents.ReceivedDocument;
import org.junit.jupiter.api.Test;

class RegistrationRequirementsTest {

    private static List<ReceivedDocument> completeArticle6Papers(int orders) {
        List<ReceivedDocument> docs = new ArrayList<>();
        docs.add(ReceivedDocument.of(LETTER_OF_TRANSMITTAL_REGISTRATION));
        for (int i = 0; i < orders; i++) {
            docs.add(ReceivedDocument.certified(ORDER_COPY));
            docs.add(ReceivedDocument.of(ORDER_COPY));
        }
        docs.add(ReceivedDocument.certified(ARREARS_STATEMENT));
        return docs;
    }

    private static RegistrationPacket article6(List<ReceivedDocument> docs, PartyDataPresent parties, int orders,
                                               boolean controllingNamed, boolean consolidated, boolean nondisclosure) {
        return new RegistrationPacket(docs, parties, orders, controllingNamed, consolidated, false, nondisclosure,
                ConventionFacts.notApplicable());
    }

    private static RegistrationPacket convention(List<ReceivedDocument> docs, ConventionFacts facts, int orders) {
        return new RegistrationPacket(docs, PartyDataPresent.all(), orders, false, false, true, false, facts);
    }

    @Test
    void completeSingleOrderArticle6RequestIsReady() {
        RegistrationCheck c = RegistrationRequirements.check(article6(completeArticle6Papers(1), PartyDataPresent.all(), 1, false, false, false));
        assertThat(c.missing()).isEmpty();
        assertThat(c.readyToFile()).isTrue();
    }

    @Test
    void emptyArticle6RequestListsEverySection602Item() {
        PartyDataPresent none = new PartyDataPresent(false, false, false, false, false, false, false, false, false);
        RegistrationCheck c = RegistrationRequirements.check(article6(List.of(), none, 1, false, false, false));
        assertThat(c.requirements()).containsExactly(
                FilingRequirement.LETTER_OF_TRANSMITTAL,
                FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED,
                FilingRequirement.SWORN_OR_CERTIFIED_ARREARS_STATEMENT,
                FilingRequirement.OBLIGOR_NAME,
                FilingRequirement.OBLIGOR_KNOWN_DETAILS,
                FilingRequirement.OBLIGEE_NAME,
                FilingRequirement.OBLIGEE_ADDRESS,
                FilingRequirement.PAYMENT_RECIPIENT);
        assertThat(c.readyToFile()).isFalse();
        assertThat(c.missing()).allSatisfy(m -> assertThat(m.sentence()).contains("§60"));
    }

    @Test
    void twoUncertifiedCopiesAreNotEnough() {
        List<ReceivedDocument> docs = List.of(ReceivedDocument.of(LETTER_OF_TRANSMITTAL_REGISTRATION), ReceivedDocument.of(ORDER_COPY),
                ReceivedDocument.of(ORDER_COPY), ReceivedDocument.certified(ARREARS_STATEMENT));
        RegistrationCheck c = RegistrationRequirements.check(article6(docs, PartyDataPresent.all(), 1, false, false, false));
        assertThat(c.requirements()).containsExactly(FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED);
        assertThat(c.missing().get(0).sentence()).contains("Received 2 copies, 0 certified, for 1 order").contains("§602(a)(2)");
    }

    @Test
    void unswornArrearsStatementIsFlagged() {
        List<ReceivedDocument> docs = new ArrayList<>(completeArticle6Papers(1));
        docs.removeIf(d -> d.type() == ARREARS_STATEMENT);
        docs.add(ReceivedDocument.of(ARREARS_STATEMENT));
        RegistrationCheck c = RegistrationRequirements.check(article6(docs, PartyDataPresent.all(), 1, false, false, false));
        assertThat(c.requirements()).containsExactly(FilingRequirement.SWORN_OR_CERTIFIED_ARREARS_STATEMENT);
        assertThat(c.missing().get(0).sentence()).contains("neither sworn nor certified");
    }

    @Test
    void obligorDetailsIfKnownDoNotBlockFiling() {
        PartyDataPresent nameOnly = new PartyDataPresent(true, false, true, false, false, false, true, true, true);
        RegistrationCheck c = RegistrationRequirements.check(article6(completeArticle6Papers(1), nameOnly, 1, false, false, false));
        assertThat(c.requirements()).containsExactly(FilingRequirement.OBLIGOR_KNOWN_DETAILS);
        assertThat(c.missing().get(0).sentence()).contains("address").contains("employer").doesNotContain("Social Security number;");
        assertThat(c.readyToFile()).isTrue();
    }

    @Test
    void nondisclosureFindingExcusesObligeeAddress() {
        PartyDataPresent noObligeeAddress = new PartyDataPresent(true, true, true, true, true, true, true, false, true);
        assertThat(RegistrationRequirements.check(article6(completeArticle6Papers(1), noObligeeAddress, 1, false, false, true)).missing()).isEmpty();
        assertThat(RegistrationRequirements.check(article6(completeArticle6Papers(1), noObligeeAddress, 1, false, false, false)).requirements())
                .containsExactly(FilingRequirement.OBLIGEE_ADDRESS);
    }

    @Test
    void severalOrdersNeedEveryOrderControllingOrderAndConsolidatedArrears() {
        // Two orders in effect but papers for one only, no controlling order named, no consolidated arrears.
        RegistrationCheck c = RegistrationRequirements.check(article6(List.of(ReceivedDocument.of(LETTER_OF_TRANSMITTAL_REGISTRATION),
                ReceivedDocument.certified(ORDER_COPY), ReceivedDocument.certified(ARREARS_STATEMENT)), PartyDataPresent.all(), 2, false, false, false));
        assertThat(c.requirements()).containsExactly(
                FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED,
                FilingRequirement.EVERY_ORDER,
                FilingRequirement.ALLEGED_CONTROLLING_ORDER,
                FilingRequirement.CONSOLIDATED_ARREARS);
        assertThat(c.missing()).filteredOn(m -> m.requirement() == FilingRequirement.EVERY_ORDER)
                .singleElement().extracting(MissingRequirement::sentence).asString().contains("§602(d)").contains("1 of the 2");
    }

    @Test
    void completeMultiOrderRequestIsReady() {
        RegistrationCheck c = RegistrationRequirements.check(article6(completeArticle6Papers(3), PartyDataPresent.all(), 3, true, true, false));
        assertThat(c.missing()).isEmpty();
    }

    @Test
    void multiOrderWithFiveCopiesForThreeOrdersStillNeedsTwoEach() {
        List<ReceivedDocument> docs = new ArrayList<>(completeArticle6Papers(3));
        docs.remove(ReceivedDocument.of(ORDER_COPY));
        RegistrationCheck c = RegistrationRequirements.check(article6(docs, PartyDataPresent.all(), 3, true, true, false));
        assertThat(c.requirements()).containsExactly(FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED);
    }

    @Test
    void conventionRequestNeedsSection706RecordsNotSection602Papers() {
        ConventionFacts appeared = new ConventionFacts(true, false, false, false, true);
        RegistrationCheck c = RegistrationRequirements.check(convention(List.of(), appeared, 1));
        assertThat(c.requirements()).containsExactly(FilingRequirement.CONVENTION_DECISION_TEXT_OR_ABSTRACT, FilingRequirement.CONVENTION_ENFORCEABILITY);
        assertThat(c.missing()).allSatisfy(m -> assertThat(m.sentence()).contains("§706(b)"));
    }

    @Test
    void conventionConditionalRecordsAppearOnlyWhenTheirFactApplies() {
        ConventionFacts all = new ConventionFacts(false, true, true, true, false);
        List<ReceivedDocument> base = List.of(ReceivedDocument.of(CONVENTION_DECISION_TEXT_OR_ABSTRACT),
                ReceivedDocument.of(CONVENTION_ENFORCEABILITY_RECORD));
        RegistrationCheck c = RegistrationRequirements.check(convention(base, all, 1));
        assertThat(c.requirements()).containsExactly(
                FilingRequirement.CONVENTION_NOTICE_AND_OPPORTUNITY,
                FilingRequirement.CONVENTION_ARREARS,
                FilingRequirement.CONVENTION_AUTOMATIC_ADJUSTMENT,
                FilingRequirement.CONVENTION_FREE_LEGAL_ASSISTANCE,
                FilingRequirement.ENGLISH_TRANSLATION);

        List<ReceivedDocument> complete = new ArrayList<>(base);
        complete.addAll(List.of(ReceivedDocument.of(CONVENTION_NOTICE_AND_OPPORTUNITY_RECORD), ReceivedDocument.of(ARREARS_STATEMENT),
                ReceivedDocument.of(CONVENTION_AUTOMATIC_ADJUSTMENT_RECORD), ReceivedDocument.of(CONVENTION_FREE_LEGAL_ASSISTANCE_RECORD),
                ReceivedDocument.of(ENGLISH_TRANSLATION)));
        assertThat(RegistrationRequirements.check(convention(complete, all, 1)).readyToFile()).isTrue();
    }

    @Test
    void conventionMultiOrderNeedsOneDecisionPerOrderAndSection602d() {
        ConventionFacts appeared = new ConventionFacts(true, false, false, false, true);
        List<ReceivedDocument> docs = List.of(ReceivedDocument.of(CONVENTION_DECISION_TEXT_OR_ABSTRACT),
                ReceivedDocument.of(CONVENTION_ENFORCEABILITY_RECORD));
        RegistrationCheck c = RegistrationRequirements.check(convention(docs, appeared, 2));
        assertThat(c.requirements()).containsExactly(FilingRequirement.CONVENTION_DECISION_TEXT_OR_ABSTRACT,
                FilingRequirement.ALLEGED_CONTROLLING_ORDER, FilingRequirement.CONSOLIDATED_ARREARS);
    }

    @Test
    void packetNeedsAtLeastOneOrder() {
        assertThatThrownBy(() -> article6(List.of(), PartyDataPresent.all(), 0, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
