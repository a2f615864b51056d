package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csx.gateway.processing.ProcessingExamples.RECEIVED_AT;
import static org.csx.gateway.processing.ProcessingExamples.TRACKING_ID;

import org.csx.gateway.contract.referral.DistrictReferralType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.routing.District;
import org.junit.jupiter.api.Test;

class DistrictReferralBuilderTest {

    private static final District NYC = new District("nyc", "New York City Human Resources Administration", "3606100");

    private final DistrictReferralBuilder builder = new DistrictReferralBuilder(ProcessingExamples.FAR_CODES);

    private static TransmittalInProcess routed(String example, District district) {
        TransmittalInProcess inProcess = ProcessingExamples.accepted(example);
        inProcess.markRoutedTo(district);
        return inProcess;
    }

    @Test
    void referralCarriesTrackingIdReceiptTimeAndDistrict() {
        DistrictReferralType referral = builder.build(routed("enf-request.xml", NYC));

        assertThat(referral.getTrackingId()).isEqualTo(TRACKING_ID.toString());
        assertThat(referral.getReceivedAt()).isEqualTo(RECEIVED_AT);
        assertThat(referral.getReferredAt()).isNotNull();
        assertThat(referral.getDistrict().getId()).isEqualTo("nyc");
        assertThat(referral.getDistrict().getName()).isEqualTo("New York City Human Resources Administration");
        assertThat(referral.getDistrict().getLocatorCode()).isEqualTo("3606100");
    }

    @Test
    void referralNamesTheSender() {
        DistrictReferralType referral = builder.build(routed("enf-request.xml", NYC));

        assertThat(referral.getSender().getPartnerId()).isEqualTo("ca-dcss");
        assertThat(referral.getSender().getKind()).isEqualTo(SenderKind.STATE_IV_D_AGENCY);
        assertThat(referral.getSender().getLocatorCode()).isEqualTo("0603700");
        assertThat(referral.getSender().getCountryCode()).isNull();
        assertThat(referral.getSender().getName()).isEqualTo("California DCSS, Los Angeles");
    }

    @Test
    void requestIsDescribedFromTheFarTable() {
        DistrictReferralType referral = builder.build(routed("enf-request.xml", NYC));

        assertThat(referral.getRequest().getFunctionalType()).isEqualTo("ENF");
        assertThat(referral.getRequest().getActionCode()).isEqualTo("R");
        assertThat(referral.getRequest().getActionReason()).isEqualTo("ERRES");
        assertThat(referral.getRequest().getDescription())
                .isEqualTo("ENFORCEMENT REQUEST, REGISTRATION OF FOREIGN ORDER FOR ENFORCEMENT ONLY BY STATE AGENCY");
    }

    @Test
    void aRequestWithoutReasonIsDescribedByItsBlankReasonRow() {
        DistrictReferralType referral = builder.build(
                routed("lo1-request.xml", new District("36001", "Albany County", "3600100")));

        assertThat(referral.getRequest().getActionReason()).isNull();
        assertThat(referral.getRequest().getDescription()).isEqualTo("QUICK LOCATE REQUEST");
    }

    @Test
    void aCaseWithANondisclosureFindingIsConfidential() {
        TransmittalInProcess inProcess = routed("enf-request.xml", NYC);
        inProcess.getTransmittal().getCase().setNondisclosureFinding(true);

        assertThat(builder.build(inProcess).isConfidential()).isTrue();
    }

    @Test
    void aCaseWithoutANondisclosureFindingIsNotConfidential() {
        assertThat(builder.build(routed("enf-request.xml", NYC)).isConfidential()).isFalse();
    }

    @Test
    void aCaseThatDoesNotSayIsNotConfidential() {
        TransmittalInProcess inProcess = routed("enf-request.xml", NYC);
        inProcess.getTransmittal().getCase().setNondisclosureFinding(null);

        assertThat(builder.build(inProcess).isConfidential()).isFalse();
    }

    @Test
    void aTransmittalWithoutCaseBlockIsNotConfidential() {
        TransmittalInProcess inProcess = routed("lo1-request.xml", new District("36001", "Albany County", "3600100"));
        assertThat(inProcess.getTransmittal().getCase()).isNull();

        assertThat(builder.build(inProcess).isConfidential()).isFalse();
    }

    @Test
    void theWholeTransmittalGoesToTheDistrict() {
        TransmittalInProcess inProcess = routed("enf-request.xml", NYC);

        assertThat(builder.build(inProcess).getTransmittal()).isSameAs(inProcess.getTransmittal());
    }
}
