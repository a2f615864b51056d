package org.csx.gateway.validation;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.xml.transform.stream.StreamSource;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/** Test data: the shipped example messages (synthetic), and small transmittals built in code. */
final class Examples {
    static final String HOME_STATE = "36";
    /** The fixed "today" of the tests: 2026-11-23 in New York. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/New_York"));

    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(TransmittalType.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Examples() {
    }

    static String xml(String name) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TransmittalType transmittal(String name) {
        return unmarshal(xml(name));
    }

    static TransmittalType unmarshal(String xml) {
        try {
            return CONTEXT.createUnmarshaller()
                    .unmarshal(new StreamSource(new StringReader(xml)), TransmittalType.class).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header-only transmittal from California to the Albany County district. */
    static TransmittalType header(String function, String action, String reason) {
        SenderType sender = new SenderType();
        sender.setKind(SenderKind.STATE_IV_D_AGENCY);
        sender.setLocatorCode("0603700");
        HeaderType h = new HeaderType();
        h.setSender(sender);
        h.setReceiverLocatorCode("3600100");
        h.setTransactionSerialNumber("000000000001");
        h.setFunctionalType(FunctionalType.fromValue(function));
        h.setActionCode(ActionCode.fromValue(action));
        h.setActionReason(reason);
        h.setTransactionDate(java.time.LocalDate.of(2026, 11, 20));
        h.setSenderCaseId("CA-TEST-0001");
        TransmittalType t = new TransmittalType();
        t.setHeader(h);
        return t;
    }
}
