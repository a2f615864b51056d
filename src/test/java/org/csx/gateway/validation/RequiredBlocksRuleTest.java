package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.AddressType;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.CollectionType;
import org.csx.gateway.contract.transmittal.DocumentManifestType;
import org.csx.gateway.contract.transmittal.EmployerType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.PersonNameType;
import org.csx.gateway.contract.transmittal.Relationship;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredBlocksRuleTest {
    private final RequiredBlocksRule rule = new RequiredBlocksRule();

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    private List<String> paths(TransmittalType t) {
        return check(t).stream().map(Violation::path).toList();
    }

    @Test
    void enfRequestWithNothingButTheHeaderNeedsEveryBlock() {
        List<Violation> violations = check(Examples.header("ENF", "R", "ERRES"));

        assertThat(violations).extracting(Violation::code).containsOnly("BLOCK_REQUIRED");
        assertThat(violations).extracting(Violation::path).containsExactly(
                "Transmittal/Case", "Transmittal/NcpIdentification", "Transmittal/NcpLocate",
                "Transmittal/Participant", "Transmittal/Order");
        assertThat(violations.get(0).message()).isEqualTo("An ENF R ERRES transaction must include the Case block.");
    }

    @Test
    void completeEstRequestPasses() {
        assertThat(check(fullRequest("EST", "SRORD"))).isEmpty();
    }

    @Test
    void enfUpdateNeedsAnOrder() {
        TransmittalType t = fullRequest("ENF", "ERRES");
        t.getHeader().setActionCode(org.csx.gateway.contract.transmittal.ActionCode.U);
        assertThat(paths(t)).containsExactly("Transmittal/Order");
        t.getOrder().add(new OrderType());
        assertThat(check(t)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ENF,A,", "PAT,C,", "EST,M,", "MSC,R,GRUPD", "CSI,R,FRINF", "MSC,P,GSPUD"})
    void acknowledgmentsCancelsRemindersAndCaseManagementNeedNoCaseOrNcpBlocks(String f, String a, String r) {
        List<String> paths = paths(Examples.header(f, a, r));
        assertThat(paths).doesNotContain("Transmittal/NcpIdentification", "Transmittal/NcpLocate");
        if (!"MSC,P".equals(f + "," + a)) {
            assertThat(paths).doesNotContain("Transmittal/Case");
        }
    }

    @Test
    void mscProvisionNeedsTheCaseBlockButRejectDoesNot() {
        assertThat(paths(Examples.header("MSC", "P", "GSPUD"))).containsExactly("Transmittal/Case");
        assertThat(paths(Examples.header("MSC", "P", "REJCT"))).containsExactly("Transmittal/Information");
    }

    @Test
    void lo1RequestNeedsNcpIdentificationOnly() {
        assertThat(paths(Examples.header("LO1", "R", null))).containsExactly("Transmittal/NcpIdentification");
    }

    @Test
    void successfulLo1ResponseNeedsNcpLocate() {
        assertThat(paths(Examples.header("LO1", "P", "LSADR")))
                .containsExactly("Transmittal/Case", "Transmittal/NcpIdentification", "Transmittal/NcpLocate");
        assertThat(paths(Examples.header("LO1", "P", "LUALL")))
                .containsExactly("Transmittal/Case", "Transmittal/NcpIdentification");
    }

    @Test
    void csiResponseNeedsCaseAndAParticipantOnlyWhenSuccessful() {
        assertThat(paths(Examples.header("CSI", "P", "FSINF")))
                .containsExactly("Transmittal/Case", "Transmittal/Participant");
        assertThat(paths(Examples.header("CSI", "P", "FUINF"))).isEmpty();
    }

    @Test
    void changeOfPayeeNeedsCaseNcpAndTwoParticipants() {
        assertThat(paths(Examples.header("MSC", "R", "GRPAY"))).containsExactly(
                "Transmittal/Case", "Transmittal/NcpIdentification", "Transmittal/Participant");
    }

    @Test
    void taxOffsetCollectionsNeedCollectionBlocksAndSubmissionNeedsTheNcp() {
        TransmittalType citax = Examples.header("COL", "P", "CITAX");
        citax.setCase(new CaseType());
        assertThat(paths(citax)).containsExactly("Transmittal/Collection");
        citax.getCollection().add(new CollectionType());
        assertThat(check(citax)).isEmpty();

        TransmittalType cisub = Examples.header("COL", "P", "CISUB");
        cisub.setCase(new CaseType());
        assertThat(paths(cisub)).containsExactly("Transmittal/NcpIdentification");
    }

    @Test
    void attachmentsNeedAnInformationBlockOrADocumentManifest() {
        TransmittalType t = fullRequest("EST", "SRORD");
        t.getHeader().setAttachmentsIndicator(true);
        assertThat(paths(t)).containsExactly("Transmittal/Information");

        t.setDocumentManifest(new DocumentManifestType());
        assertThat(check(t)).isEmpty();

        t.setDocumentManifest(null);
        t.setInformation(new InformationType());
        assertThat(check(t)).isEmpty();
    }

    @Test
    void caseClosureAndArrearsNoticesNeedTheInformationBlockEvenWithAManifest() {
        TransmittalType t = Examples.header("MSC", "P", "GSTAI");
        t.setCase(new CaseType());
        t.setDocumentManifest(new DocumentManifestType());
        assertThat(paths(t)).containsExactly("Transmittal/Information");
    }

    @Test
    void enfRequestNeedsSomewhereToFindTheNcpEvenWithAnSsn() {
        TransmittalType t = fullRequest("ENF", "ERRES");
        t.getOrder().add(new OrderType());
        t.getNcpLocate().setResidentialAddress(null);

        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("LOCATE_DATA_REQUIRED");
            assertThat(v.path()).isEqualTo("Transmittal/NcpLocate");
        });

        EmployerType employer = new EmployerType();
        employer.setName("EXAMPLE EMPLOYER");
        t.getNcpLocate().getEmployer().add(employer);
        assertThat(check(t)).isEmpty();
    }

    @Test
    void estRequestWithSsnNeedsNoAddress() {
        TransmittalType t = fullRequest("EST", "SRORD");
        t.getNcpLocate().setResidentialAddress(null);
        assertThat(check(t)).isEmpty();

        t.getNcpIdentification().setSsn(null);
        assertThat(check(t)).extracting(Violation::code).containsExactly("LOCATE_DATA_REQUIRED");

        LocatedAddressType mailing = located("PO BOX 1");
        t.getNcpLocate().setMailingAddress(mailing);
        assertThat(check(t)).isEmpty();
    }

    @Test
    void dependentsInEstAndEnfNeedADateOfBirth() {
        TransmittalType t = fullRequest("EST", "SRORD");
        t.getParticipant().get(0).setDateOfBirth(null); // the custodial party: not required
        t.getParticipant().get(1).setDateOfBirth(null);

        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("FIELD_REQUIRED");
            assertThat(v.path()).isEqualTo("Transmittal/Participant[2]/DateOfBirth");
        });
    }

    @Test
    void everyParticipantInAPaternityRequestNeedsADateOfBirth() {
        TransmittalType t = fullRequest("PAT", null);
        t.getParticipant().get(0).setDateOfBirth(null);
        t.getParticipant().get(1).setDateOfBirth(null);

        assertThat(paths(t)).containsExactly(
                "Transmittal/Participant[1]/DateOfBirth", "Transmittal/Participant[2]/DateOfBirth");
    }

    @Test
    void oneParticipantIsNotEnoughForARequest() {
        TransmittalType t = fullRequest("PAT", null);
        t.getParticipant().remove(1);
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("Transmittal/Participant");
            assertThat(v.message()).contains("at least 2");
        });
    }

    @Test
    void emptyTransmittalDoesNotThrow() {
        assertThat(check(new TransmittalType())).isEmpty();
    }

    /** A request with the case, NCP identification (with SSN), NCP residential address, CP and one child. */
    static TransmittalType fullRequest(String function, String reason) {
        TransmittalType t = Examples.header(function, "R", reason);
        t.setCase(new CaseType());
        NcpIdentificationType ncp = new NcpIdentificationType();
        ncp.setName(name("NCP"));
        ncp.setSsn("555000111");
        t.setNcpIdentification(ncp);
        NcpLocateType locate = new NcpLocateType();
        locate.setResidentialAddress(located("1 SYNTHETIC ST"));
        t.setNcpLocate(locate);
        t.getParticipant().add(participant(Relationship.C, LocalDate.of(1990, 1, 1)));
        t.getParticipant().add(participant(Relationship.D, LocalDate.of(2020, 1, 1)));
        return t;
    }

    private static ParticipantType participant(Relationship relationship, LocalDate dateOfBirth) {
        ParticipantType p = new ParticipantType();
        p.setName(name("PARTICIPANT"));
        p.setRelationship(relationship);
        p.setDateOfBirth(dateOfBirth);
        return p;
    }

    private static LocatedAddressType located(String line1) {
        AddressType a = new AddressType();
        a.setLine1(line1);
        LocatedAddressType located = new LocatedAddressType();
        located.setAddress(a);
        return located;
    }

    private static PersonNameType name(String last) {
        PersonNameType n = new PersonNameType();
        n.setLast(last);
        return n;
    }
}
