package org.csx.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SenderAuthorizationTest {

    private final SenderAuthorization authorization = new SenderAuthorization();

    private static final Partner CALIFORNIA =
            new Partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "California DCSS", List.of("06"), null);
    private static final Partner LOS_ANGELES_TRIBUNAL =
            new Partner("la-court", SenderKind.TRIBUNAL, "LA Superior Court", List.of("06037"), null);
    private static final Partner ONE_OFFICE =
            new Partner("tx-harris", SenderKind.STATE_IV_D_AGENCY, "Texas, Harris office", List.of("4820100"), null);
    private static final Partner GERMANY =
            new Partner("de-bfj", SenderKind.FOREIGN_CENTRAL_AUTHORITY, "Bundesamt für Justiz", List.of(), "DE");

    private static TransmittalEnvelope from(SenderKind kind, String locatorCode, String countryCode) {
        return new TransmittalEnvelope(kind, locatorCode, countryCode, "000000000001", "LO1", "R", null, "CASE-1");
    }

    private IntakeRefusedException refusal(Partner partner, TransmittalEnvelope envelope) {
        IntakeRefusedException refused = catchThrowableOfType(
                () -> authorization.check(partner, envelope), IntakeRefusedException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(IntakeFaultCode.SENDER_NOT_AUTHORIZED);
        return refused;
    }

    @Test
    void aStatePartnerMaySendAsAnyOfficeInItsState() {
        assertThatCode(() -> authorization.check(CALIFORNIA, from(SenderKind.STATE_IV_D_AGENCY, "0603700", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartnerMayNotSendAsAnotherKindOfSender() {
        IntakeRefusedException refused = refusal(CALIFORNIA, from(SenderKind.TRIBUNAL, "0603700", null));

        assertThat(refused.getMessage()).contains("ca-dcss").contains("TRIBUNAL");
    }

    @Test
    void aStatePartnerMayNotSendAsAnotherState() {
        IntakeRefusedException refused = refusal(CALIFORNIA, from(SenderKind.STATE_IV_D_AGENCY, "4820100", null));

        assertThat(refused.getMessage()).contains("4820100").contains("06");
    }

    @Test
    void aStatePartnerMustNameItsLocatorCode() {
        refusal(CALIFORNIA, from(SenderKind.STATE_IV_D_AGENCY, null, null));
    }

    @Test
    void aCountyPartnerMaySendOnlyAsOfficesInItsCounty() {
        assertThatCode(() -> authorization.check(LOS_ANGELES_TRIBUNAL, from(SenderKind.TRIBUNAL, "0603712", null)))
                .doesNotThrowAnyException();
        refusal(LOS_ANGELES_TRIBUNAL, from(SenderKind.TRIBUNAL, "0605900", null));
    }

    @Test
    void anOfficePartnerMaySendOnlyAsThatOffice() {
        assertThatCode(() -> authorization.check(ONE_OFFICE, from(SenderKind.STATE_IV_D_AGENCY, "4820100", null)))
                .doesNotThrowAnyException();
        refusal(ONE_OFFICE, from(SenderKind.STATE_IV_D_AGENCY, "4820101", null));
    }

    @Test
    void aForeignCentralAuthorityMaySendAsItsCountry() {
        assertThatCode(() -> authorization.check(GERMANY, from(SenderKind.FOREIGN_CENTRAL_AUTHORITY, null, "DE")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT", "de", "FR"})
    void aForeignCentralAuthorityMayNotSendAsAnotherCountry(String country) {
        IntakeRefusedException refused = refusal(GERMANY, from(SenderKind.FOREIGN_CENTRAL_AUTHORITY, null, country));

        assertThat(refused.getMessage()).contains("de-bfj").contains(country);
    }

    @Test
    void aForeignCentralAuthorityMustNameItsCountry() {
        refusal(GERMANY, from(SenderKind.FOREIGN_CENTRAL_AUTHORITY, "0603700", null));
    }

    @Test
    void aStatePartnerMayNotSendAsAForeignCentralAuthority() {
        refusal(CALIFORNIA, from(SenderKind.FOREIGN_CENTRAL_AUTHORITY, null, "DE"));
    }
}
