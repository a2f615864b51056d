package org.csx.gateway.registration;

import static org.csx.gateway.contract.transmittal.DocumentTypeCode.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Which pieces a registration request still lacks before it can be filed: UIFSA §602 for Article 6
 * orders (other-state and non-Convention foreign orders), §706(b) for Convention orders. Pure.
 *
 * <p>§706(b) applies "notwithstanding §602(a)" [M], so a Convention request is not checked for the
 * §602(a) letter, two copies and party data. The §602(d) multiple-order items are checked on both
 * paths: §706 does not displace §602(d) [I].
 *
 * <p>Copies are counted across the packet, not matched to orders: 2 copies and 1 certified per order
 * in effect. Matching each copy to its order needs order ids on the manifest (open question).
 */
final class RegistrationRequirements {

    private RegistrationRequirements() {
    }

    public static RegistrationCheck check(RegistrationPacket p) {
        List<MissingRequirement> missing = new ArrayList<>();
        if (p.conventionOrder()) {
            checkConvention(p, missing);
        } else {
            checkArticle6(p, missing);
        }
        if (p.ordersInEffect() >= 2) {
            checkSeveralOrders(p, missing);
        }
        return new RegistrationCheck(missing);
    }

    private static void checkArticle6(RegistrationPacket p, List<MissingRequirement> missing) {
        if (!p.has(LETTER_OF_TRANSMITTAL_REGISTRATION)) {
            missing.add(MissingRequirement.of(FilingRequirement.LETTER_OF_TRANSMITTAL));
        }
        long copies = p.count(ORDER_COPY);
        long certified = p.countCertified(ORDER_COPY);
        int orders = p.ordersInEffect();
        if (copies < 2L * orders || certified < orders) {
            missing.add(MissingRequirement.of(FilingRequirement.TWO_ORDER_COPIES_ONE_CERTIFIED,
                    "Received " + copies + " cop" + (copies == 1 ? "y" : "ies") + ", " + certified
                            + " certified, for " + orders + " order" + (orders == 1 ? "" : "s") + "."));
        }
        if (!p.has(ARREARS_STATEMENT)) {
            missing.add(MissingRequirement.of(FilingRequirement.SWORN_OR_CERTIFIED_ARREARS_STATEMENT));
        } else if (p.countCertified(ARREARS_STATEMENT) == 0) {
            missing.add(MissingRequirement.of(FilingRequirement.SWORN_OR_CERTIFIED_ARREARS_STATEMENT,
                    "The arrears statement received is neither sworn nor certified."));
        }
        checkParties(p, missing);
    }

    private static void checkParties(RegistrationPacket p, List<MissingRequirement> missing) {
        PartyDataPresent d = p.parties();
        if (!d.obligorName()) {
            missing.add(MissingRequirement.of(FilingRequirement.OBLIGOR_NAME));
        }
        List<String> notGiven = new ArrayList<>();
        if (!d.obligorAddress()) notGiven.add("address");
        if (!d.obligorSsn()) notGiven.add("Social Security number");
        if (!d.obligorEmployer()) notGiven.add("employer");
        if (!d.obligorOtherIncomeSources()) notGiven.add("other income sources");
        if (!d.obligorPropertyInState()) notGiven.add("property in this state");
        if (!notGiven.isEmpty()) {
            missing.add(MissingRequirement.of(FilingRequirement.OBLIGOR_KNOWN_DETAILS,
                    "Not given: " + String.join(", ", notGiven) + "; ask for them only if the requester knows them."));
        }
        if (!d.obligeeName()) {
            missing.add(MissingRequirement.of(FilingRequirement.OBLIGEE_NAME));
        }
        if (!d.obligeeAddress() && !p.nondisclosureFinding()) {
            missing.add(MissingRequirement.of(FilingRequirement.OBLIGEE_ADDRESS));
        }
        if (!d.paymentRecipient()) {
            missing.add(MissingRequirement.of(FilingRequirement.PAYMENT_RECIPIENT));
        }
    }

    private static void checkConvention(RegistrationPacket p, List<MissingRequirement> missing) {
        ConventionFacts f = p.convention();
        long decisions = p.count(CONVENTION_DECISION_TEXT_OR_ABSTRACT);
        if (decisions < p.ordersInEffect()) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_DECISION_TEXT_OR_ABSTRACT,
                    "Received " + decisions + " for " + p.ordersInEffect() + " order"
                            + (p.ordersInEffect() == 1 ? "" : "s") + "."));
        }
        if (!p.has(CONVENTION_ENFORCEABILITY_RECORD)) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_ENFORCEABILITY));
        }
        if (!f.respondentAppearedOrWasRepresented() && !p.has(CONVENTION_NOTICE_AND_OPPORTUNITY_RECORD)) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_NOTICE_AND_OPPORTUNITY));
        }
        if (f.arrearsClaimed() && !p.has(ARREARS_STATEMENT)) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_ARREARS));
        }
        if (f.automaticAdjustment() && !p.has(CONVENTION_AUTOMATIC_ADJUSTMENT_RECORD)) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_AUTOMATIC_ADJUSTMENT));
        }
        if (f.applicantHadFreeLegalAssistance() && !p.has(CONVENTION_FREE_LEGAL_ASSISTANCE_RECORD)) {
            missing.add(MissingRequirement.of(FilingRequirement.CONVENTION_FREE_LEGAL_ASSISTANCE));
        }
        if (!f.decisionInEnglish() && !p.has(ENGLISH_TRANSLATION)) {
            missing.add(MissingRequirement.of(FilingRequirement.ENGLISH_TRANSLATION));
        }
    }

    private static void checkSeveralOrders(RegistrationPacket p, List<MissingRequirement> missing) {
        // Article 6: fewer copies than orders means some order was not furnished at all. (A Convention
        // packet is already checked for one decision text or abstract per order.)
        long copies = p.count(ORDER_COPY);
        if (!p.conventionOrder() && copies < p.ordersInEffect()) {
            missing.add(MissingRequirement.of(FilingRequirement.EVERY_ORDER,
                    "Copies received for at most " + copies + " of the " + p.ordersInEffect() + " orders in effect."));
        }
        if (!p.allegedControllingOrderNamed()) {
            missing.add(MissingRequirement.of(FilingRequirement.ALLEGED_CONTROLLING_ORDER));
        }
        if (!p.consolidatedArrearsStated()) {
            missing.add(MissingRequirement.of(FilingRequirement.CONSOLIDATED_ARREARS));
        }
    }
}
