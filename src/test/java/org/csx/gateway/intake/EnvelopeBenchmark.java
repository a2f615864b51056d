package org.csx.gateway.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.LocalDateAdapter;
import org.csx.gateway.contract.transmittal.ObjectFactory;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetSampleGenerator;

/**
 * In a warm loop: a CSENet transmittal's envelope read back from the XML the gateway wrote
 * ({@link TransmittalEnvelopeReader#read}) against taken from the header it was written from
 * ({@link TransmittalEnvelopeReader#of}), and an xs:date read by {@code LocalDate.parse} against
 * {@link LocalDateAdapter}. Not a test; run it from the command line (docs/performance.md, seventh session):
 *
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.intake.EnvelopeBenchmark 100000 6
 * </pre>
 * Arguments: operations of each kind per round (100,000; ten times as many dates), rounds (6). Microseconds and
 * nanoseconds per operation, wall time on one thread.
 */
public final class EnvelopeBenchmark {

    private EnvelopeBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        ContractXml contractXml = new ContractXml();
        ObjectFactory transmittals = new ObjectFactory();
        CsenetSampleGenerator samples = new CsenetSampleGenerator(7);
        List<TransmittalType> written = new ArrayList<>();
        List<String> xml = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            TransmittalType t = samples.next();
            written.add(t);
            xml.add(contractXml.toXml(transmittals.createTransmittal(t)));
        }
        TransmittalEnvelopeReader reader = new TransmittalEnvelopeReader();
        LocalDateAdapter adapter = new LocalDateAdapter();
        String[] dates = {"2026-01-05", "1987-11-23", "2025-06-30", "2024-02-29"};
        for (int round = 1; round <= rounds; round++) {
            long sink = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += reader.read(xml.get(i % 1000)).transactionSerialNumber().length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += reader.of(written.get(i % 1000).getHeader()).transactionSerialNumber().length();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n * 10; i++) {
                sink += LocalDate.parse(dates[i & 3]).getDayOfMonth();
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n * 10; i++) {
                sink += adapter.unmarshal(dates[i & 3]).getDayOfMonth();
            }
            long t4 = System.nanoTime();
            System.out.printf("round %d: envelope read from the XML %.2f µs, from the header %.2f µs; date by "
                            + "LocalDate.parse %.0f ns, by the adapter %.0f ns (checksum %d)%n", round,
                    (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 10.0 / n, (t4 - t3) / 10.0 / n, sink);
        }
    }
}
