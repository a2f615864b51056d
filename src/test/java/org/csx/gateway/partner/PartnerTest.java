package org.csx.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerTest {

    private static Partner owning(String... locatorCodes) {
        return new Partner("p", SenderKind.STATE_IV_D_AGENCY, "Partner", List.of(locatorCodes), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0600000", "0603700", "0605912"})
    void aTwoDigitEntryOwnsEveryCountyAndOfficeOfTheState(String locatorCode) {
        assertThat(owning("06").ownsLocatorCode(locatorCode)).isTrue();
    }

    @Test
    void aFiveDigitEntryOwnsEveryOfficeOfTheCounty() {
        Partner county = owning("06037");

        assertThat(county.ownsLocatorCode("0603700")).isTrue();
        assertThat(county.ownsLocatorCode("06037AB")).isTrue();
        assertThat(county.ownsLocatorCode("0603800")).isFalse();
        assertThat(county.ownsLocatorCode("0600000")).isFalse();
    }

    @Test
    void aSevenCharacterEntryOwnsOnlyThatOffice() {
        Partner office = owning("0603700");

        assertThat(office.ownsLocatorCode("0603700")).isTrue();
        assertThat(office.ownsLocatorCode("0603701")).isFalse();
    }

    @Test
    void anyOfSeveralEntriesGrantsOwnership() {
        Partner partner = owning("0603700", "48");

        assertThat(partner.ownsLocatorCode("4820100")).isTrue();
        assertThat(partner.ownsLocatorCode("0603700")).isTrue();
        assertThat(partner.ownsLocatorCode("3600100")).isFalse();
    }

    @Test
    void anotherStateIsNotOwned() {
        assertThat(owning("06").ownsLocatorCode("3600100")).isFalse();
    }

    @Test
    void noLocatorCodeIsNeverOwned() {
        assertThat(owning("06").ownsLocatorCode(null)).isFalse();
    }

    @Test
    void aPartnerWithoutEntriesOwnsNothing() {
        assertThat(owning().ownsLocatorCode("0603700")).isFalse();
    }

    @Test
    void outboundQueueIsNamedForThePartner() {
        assertThat(new Partner("ca-dcss", SenderKind.STATE_IV_D_AGENCY, "CA", List.of("06"), null).outboundQueue())
                .isEqualTo("partner.ca-dcss.outbound");
    }
}
