package org.csx.gateway.personaldata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@link PersonalDataCipher#seal} and {@link PersonalDataCipher#open} of a value the size of a sealed referral
 * (2.4 KB) in a warm loop, to tell compiled AES-GCM (the CPU's AES and carry-less multiply instructions) from Java's
 * own fallback, which runs until the JIT has compiled the callers. Not a test; run it from the command line
 * (docs/performance.md, seventh session), once as it is and once with the intrinsics off:
 *
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.personaldata.SealBenchmark 100000 5
 *   java -XX:+UnlockDiagnosticVMOptions -XX:-UseAESIntrinsics -XX:-UseAESCTRIntrinsics -XX:-UseGHASHIntrinsics \
 *       -cp "..." org.csx.gateway.personaldata.SealBenchmark 20000 5
 * </pre>
 * Arguments: values per round (100,000), rounds (5). A throw-away key in a temporary directory.
 */
public final class SealBenchmark {

    private SealBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path keys = Files.createTempDirectory("csx-seal-benchmark");
        PersonalDataCipher cipher = new PersonalDataCipher(new FileDataKeySource(keys.resolve("data-keys.properties"),
                true, Map.of(), null));
        String value = "x".repeat(2400);
        for (int round = 1; round <= rounds; round++) {
            long sink = 0;
            String sealed = null;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sealed = cipher.seal(value, "outbox_message/" + (i & 1023));
                sink += sealed.length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += cipher.open(sealed, "outbox_message/" + ((n - 1) & 1023)).length();
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: seal %.2f µs, open %.2f µs per 2.4 KB value (checksum %d)%n", round,
                    (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, sink);
        }
    }
}
