package org.csx.gateway.validation;

import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * SSNs must be issuable: area (digits 1-3) not 000, 666 or 900 through 999; group (digits 4-5) not 00; serial
 * (digits 6-9) not 0000. One violation per bad SSN; the message names the part, never the number.
 */
public final class SsnRule implements TransmittalRule {
    public static final String SSN_INVALID = "SSN_INVALID";

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        if (t == null) {
            return;
        }
        NcpIdentificationType ncp = t.getNcpIdentification();
        if (ncp != null) {
            check(ncp.getSsn(), Paths.NCP_ID + "/Ssn", "The NCP's SSN", violations);
            List<String> aliases = ncp.getAliasSsn();
            for (int i = 0; i < aliases.size(); i++) {
                check(aliases.get(i), Paths.indexed(Paths.NCP_ID + "/AliasSsn", i),
                        "The NCP's alias SSN " + (i + 1), violations);
            }
        }
        List<ParticipantType> participants = t.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantType p = participants.get(i);
            if (p != null) {
                check(p.getSsn(), Paths.indexed(Paths.PARTICIPANT, i) + "/Ssn",
                        "The SSN of participant " + (i + 1), violations);
            }
        }
    }

    private static void check(String ssn, String path, String what, List<Violation> violations) {
        if (ssn == null || ssn.isEmpty()) {
            return;
        }
        problem(ssn).ifPresent(p -> violations.add(new Violation(SSN_INVALID, path, what + " " + p + ".")));
    }

    /** Why this SSN cannot have been issued, or empty when it could have been. */
    static Optional<String> problem(String ssn) {
        if (!ssn.matches("[0-9]{9}")) {
            return Optional.of("must be exactly 9 digits");
        }
        int area = Integer.parseInt(ssn.substring(0, 3));
        if (area == 0 || area == 666 || area >= 900) {
            return Optional.of("has an area number (first 3 digits) that is never issued: 000, 666 or 900 through 999");
        }
        if (ssn.startsWith("00", 3)) {
            return Optional.of("has a group number (digits 4 and 5) of 00, which is never issued");
        }
        if (ssn.startsWith("0000", 5)) {
            return Optional.of("has a serial number (last 4 digits) of 0000, which is never issued");
        }
        return Optional.empty();
    }
}
