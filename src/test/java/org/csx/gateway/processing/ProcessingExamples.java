package org.csx.gateway.processing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.validation.FarCodeTable;
import org.csx.gateway.validation.FipsCountyTable;

/** Test data for the processing steps: the shipped (synthetic) examples and transmittals in process. */
final class ProcessingExamples {
    /** The fixed "today" of the tests: 2026-11-23 in New York. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/New_York"));
    static final FarCodeTable FAR_CODES = FarCodeTable.loadDefault();
    static final FipsCountyTable COUNTIES = FipsCountyTable.loadDefault();
    static final ContractXml CONTRACT_XML = new ContractXml();
    static final UUID TRACKING_ID = UUID.fromString("0b7c3f1e-5d2a-4c8e-9f10-2a3b4c5d6e7f");
    static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2026-11-23T09:30:00-05:00");

    private ProcessingExamples() {
    }

    static String xml(String name) {
        try (InputStream in = ProcessingExamples.class.getClassLoader().getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TransmittalType transmittal(String name) {
        return CONTRACT_XML.readTransmittal(xml(name));
    }

    /** As the validate step leaves a transmittal that passed: parsed, no violations. */
    static TransmittalInProcess accepted(String name) {
        TransmittalType transmittal = transmittal(name);
        TransmittalInProcess inProcess = new TransmittalInProcess(TRACKING_ID, "ca-dcss", "soap",
                transmittal.getHeader().getTransactionSerialNumber(), RECEIVED_AT, xml(name));
        inProcess.markAccepted(transmittal);
        return inProcess;
    }
}
