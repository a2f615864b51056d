package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestClassifierTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(nullValues = "NONE", value = {
            "PAT, R, '',    PATERNITY_AND_SUPPORT",
            "EST, R, SRORD, SUPPORT_ESTABLISHMENT",
            "EST, R, SROPP, SUPPORT_ESTABLISHMENT",
            "EST, R, SROMC, SUPPORT_ESTABLISHMENT",
            "EST, R, SROSS, SUPPORT_ESTABLISHMENT",
            "EST, R, SROOC, SUPPORT_ESTABLISHMENT",
            "EST, R, SRPAT, PATERNITY_AND_SUPPORT",
            "EST, R, SRMOD, REVIEW_AND_ADJUSTMENT",
            "EST, R, SRADJ, REVIEW_AND_ADJUSTMENT",
            "ENF, R, ERREG, REGISTRATION_FOR_ENFORCEMENT",
            "ENF, R, ERREO, REGISTRATION_FOR_ENFORCEMENT",
            "ENF, R, ERRES, REGISTRATION_FOR_ENFORCEMENT",
            "ENF, R, ERFSM, REGISTRATION_FOR_MODIFICATION",
            "ENF, R, ERFSO, REGISTRATION_FOR_MODIFICATION",
            "ENF, R, ERFSS, REGISTRATION_FOR_MODIFICATION",
            "ENF, R, ERMEO, REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT",
            "ENF, R, ERMEM, REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT",
            "ENF, R, ERMEE, REGISTRATION_FOR_MODIFICATION_AND_ENFORCEMENT",
            "ENF, R, ERARR, REGISTRATION_ARREARS_ONLY",
            "ENF, R, EREXO, ENFORCE_RESPONDING_STATE_ORDER",
            "ENF, R, ERALL, ENFORCE_RESPONDING_STATE_ORDER",
            "ENF, R, ERWAG, ENFORCE_RESPONDING_STATE_ORDER",
            "MSC, R, GRPOC, LIMITED_SERVICE",
            "MSC, R, GRFIN, LIMITED_SERVICE",
            "MSC, R, GRAFI, LIMITED_SERVICE",
            "MSC, R, GRAGT, LIMITED_SERVICE",
            "MSC, R, GRBTR, LIMITED_SERVICE",
            "MSC, R, GRGAP, LIMITED_SERVICE",
            "MSC, R, GRTHD, LIMITED_SERVICE",
            "MSC, R, GRUPD, EXISTING_CASE_ACTION",
            "MSC, R, GRINT, EXISTING_CASE_ACTION",
            "MSC, R, GRPAY, EXISTING_CASE_ACTION",
            "LO1, R, '',    LOCATE_ONLY",
            // no checklist
            "ENF, R, ERTXR, NONE",
            "ENF, R, ERSTA, NONE",
            "ENF, U, ERREG, NONE",
            "ENF, A, AADIN, NONE",
            "PAT, M, GRPOU, NONE",
            "EST, P, SSEST, NONE",
            "EST, R, '',    NONE",
            "PAT, R, SRPAT, NONE",
            "CSI, R, FRINF, NONE",
            "COL, P, CITAX, NONE",
            "MSC, P, GSFWD, NONE",
            "MSC, R, GRXYZ, NONE",
            "LO1, A, '',    NONE",
    })
    void classifiesFunctionActionReason(String function, String action, String reason, RequestType expected) {
        assertThat(RequestClassifier.classify(function, action, reason)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    void reasonIsTrimmedAndCaseInsensitiveAndBlankMeansNone() {
        assertThat(RequestClassifier.classify(FunctionalType.ENF, ActionCode.R, " erreg ")).contains(RequestType.REGISTRATION_FOR_ENFORCEMENT);
        assertThat(RequestClassifier.classify(FunctionalType.PAT, ActionCode.R, "     ")).contains(RequestType.PATERNITY_AND_SUPPORT);
        assertThat(RequestClassifier.classify(FunctionalType.LO_1, ActionCode.R, null)).contains(RequestType.LOCATE_ONLY);
        assertThat(RequestClassifier.classify("lo1", "r", null)).contains(RequestType.LOCATE_ONLY);
        assertThat(RequestClassifier.classify("XYZ", "R", "ERREG")).isEmpty();
        assertThat(RequestClassifier.classify(null, "R", "ERREG")).isEmpty();
    }

    @Test
    void arrearsOnlyOnAnOrderThisStateIssuedIsEnforcementOfOurOwnOrder() {
        assertThat(RequestClassifier.classify(FunctionalType.ENF, ActionCode.R, "ERARR", true))
                .contains(RequestType.ENFORCE_RESPONDING_STATE_ORDER);
        assertThat(RequestClassifier.classify(FunctionalType.ENF, ActionCode.R, "ERARR", false))
                .contains(RequestType.REGISTRATION_ARREARS_ONLY);
        // Registration requests stay registrations whoever issued the order.
        assertThat(RequestClassifier.classify(FunctionalType.ENF, ActionCode.R, "ERREO", true))
                .contains(RequestType.REGISTRATION_FOR_ENFORCEMENT);
    }

    @Test
    void theFormATransactionStandsInFor() {
        assertThat(RequestClassifier.formCarriedBy(FunctionalType.LO_1, ActionCode.R, "")).contains(DocumentTypeCode.LOCATE_REQUEST);
        assertThat(RequestClassifier.formCarriedBy(FunctionalType.ENF, ActionCode.R, "ERREG")).contains(DocumentTypeCode.TRANSMITTAL_1);
        assertThat(RequestClassifier.formCarriedBy(FunctionalType.MSC, ActionCode.R, "GRPOC")).contains(DocumentTypeCode.TRANSMITTAL_3);
        assertThat(RequestClassifier.formCarriedBy(FunctionalType.MSC, ActionCode.R, "GRUPD")).contains(DocumentTypeCode.TRANSMITTAL_2);
        assertThat(RequestClassifier.formCarriedBy(FunctionalType.CSI, ActionCode.R, "FRINF")).isEmpty();
    }
}
