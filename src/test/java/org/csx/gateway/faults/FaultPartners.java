package org.csx.gateway.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The eight partners the fault scripts send as: one state IV-D agency per state, each allowed to send as its
 * whole state. Their secrets are test secrets written into a partners file under target/, never into the
 * repository's configuration.
 */
final class FaultPartners {

    static final String ID_PREFIX = "fault-";

    record FaultPartner(String id, String locatorCode) {
        String secret() {
            return "fault-secret-" + id;
        }

        String stateFips() {
            return locatorCode.substring(0, 2);
        }
    }

    /** Sender locator codes: state + a real county of that state + office 00. */
    static final List<FaultPartner> ALL = List.of(
            new FaultPartner("fault-ca", "0603700"),
            new FaultPartner("fault-tx", "4820100"),
            new FaultPartner("fault-fl", "1208600"),
            new FaultPartner("fault-wa", "5303300"),
            new FaultPartner("fault-pa", "4210100"),
            new FaultPartner("fault-il", "1703100"),
            new FaultPartner("fault-oh", "3904900"),
            new FaultPartner("fault-ga", "1312100"));

    private FaultPartners() {
    }

    static FaultPartner byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a fault partner: " + id));
    }

    /** The csx.partners list, as the default profile's extra config file or the production partners file. */
    static String partnersYaml() {
        StringBuilder yaml = new StringBuilder("# Written by the fault scripts (src/test/scripts/faults): test partners only.\n"
                + "csx:\n  partners:\n");
        for (FaultPartner p : ALL) {
            yaml.append("    - id: ").append(p.id()).append('\n')
                    .append("      kind: STATE_IV_D_AGENCY\n")
                    .append("      secret-hash: \"{sha256}").append(sha256(p.secret())).append("\"\n")
                    .append("      locator-codes: [\"").append(p.stateFips()).append("\"]\n");
        }
        return yaml.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code FaultPartners <file>}: writes the partners file. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, partnersYaml());
    }
}
