package org.csx.gateway.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's page-time benchmark (issue 13: every page under 300 ms with 100,000 cases), not a test. Starts the
 * real gateway in this JVM (default profile: embedded PostgreSQL on 18132, Artemis on 18116, HTTP on 18180, data
 * under target/bench-console, wiped first), seeds {@code --cases N} synthetic cases with bulk SQL into the tables the
 * console reads (ledger with its history, reviews, documents, duties, registrations, dead letters, messages staged
 * and partner deliveries, staff actions), signs in as the demo specialist over HTTP, and times every console page:
 * {@code --warmup W} requests per page first, then {@code --requests R} measured, one client, time from request to
 * the last byte as the client sees it. Results: target/benchmark/console-pages-*.md.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.csx.gateway.benchmark.ConsolePageBenchmark -Dexec.args="--cases 100000"</pre>
 * Synthetic data only. Party names are stored as the application stores them (in clear, indexed for the name
 * search); raw messages are stored sealed with the data key as the ledger does, for the cases whose page is timed
 * (the case page reads them for the statutory review), and left out elsewhere (no page reads them).
 */
public final class ConsolePageBenchmark {

    private static final String BASE = "http://127.0.0.1:18180";
    private static final String[] PARTNERS = {"ca-dcss", "tx-oag", "fl-dor", "pa-bcse", "nj-cse", "oh-ocs", "ga-dcss",
            "mx-central-authority"};
    private static final String[] SURNAMES = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER",
            "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR",
            "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ",
            "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL",
            "FLORES"};

    public static void main(String[] args) throws Exception {
        int cases = arg(args, "--cases", 100_000);
        int warmup = arg(args, "--warmup", 10);
        int requests = arg(args, "--requests", 20);
        String label = argString(args, "--label", "");
        Path data = Path.of("target", "bench-console").toAbsolutePath();
        if (Files.exists(data)) {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", "18180");
        p.put("csx.embedded.data-directory", data.toString());
        p.put("csx.csenet.inbox", data.resolve("csenet/inbox").toString());
        p.put("csx.csenet.outbox", data.resolve("csenet/outbox").toString());
        p.put("csx.embedded.postgres.port", "18132");
        p.put("csx.embedded.broker.acceptor-host", "127.0.0.1");
        p.put("csx.embedded.broker.acceptor-port", "18116");
        // the jobs would act on the seeded clocks and deliveries while pages are timed: not during the benchmark
        p.put("csx.recovery.interval", "6h");
        p.put("csx.duties.interval", "6h");
        p.put("csx.retention.interval", "6h");
        p.put("logging.level.org.csx.gateway", "WARN");
        p.put("logging.level.org.apache.camel", "WARN");
        String[] arguments = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsxGatewayApplication.class).run(arguments);
        BenchmarkReport report = new BenchmarkReport("Console pages, " + String.format("%,d", cases) + " cases"
                + (label.isEmpty() ? "" : " (" + label + ")"));
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            Map<String, Long> counts = seed(jdbc, cases);
            double seeded = (System.nanoTime() - t0) / 1e9;
            List<String> sample = jdbc.queryForList("""
                    SELECT tracking_id::text FROM transmittal
                    WHERE tracking_id IN (SELECT tracking_id FROM registration ORDER BY random() LIMIT 20)
                       OR tracking_id IN (SELECT tracking_id FROM case_review WHERE completeness = 'INCOMPLETE'
                                          ORDER BY random() LIMIT 20)
                       OR tracking_id IN (SELECT tracking_id FROM transmittal ORDER BY random() LIMIT 20)""", String.class);
            sealRawMessages(context, jdbc, sample);
            System.out.printf("SEED: %,d cases in %.1f s: %s%n", cases, seeded, counts);
            report.row("Seeded (bulk SQL)", String.format("%,d cases in %.0f s: %s", cases, seeded, counts));

            HttpClient http = signIn();
            String docket = jdbc.queryForObject("SELECT docket_number FROM registration WHERE docket_number IS NOT NULL "
                    + "ORDER BY random() LIMIT 1", String.class);
            String partnerCaseId = jdbc.queryForObject("SELECT sender_case_id FROM transmittal ORDER BY random() LIMIT 1",
                    String.class);
            String month = LocalDate.now().minusMonths(3).toString().substring(0, 7);
            long waiting = counts.get("waiting for documents");
            int lastPage = (int) Math.max(1, (waiting + 49) / 50);
            Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
            pages.put("`/` worklists", i -> "/");
            pages.put("`/?documents=" + lastPage + "` worklists, last page of waiting for documents", i -> "/?documents=" + lastPage);
            pages.put("`/cases/{id}` case page (60 cases in turn)", i -> "/cases/" + sample.get(i % sample.size()));
            pages.put("`/search` by tracking id", i -> "/search?trackingId=" + sample.get(i % sample.size()));
            pages.put("`/search` by partner case id", i -> "/search?partnerCaseId=" + partnerCaseId);
            pages.put("`/search` by docket number", i -> "/search?docketNumber=" + enc(docket));
            pages.put("`/search` by partner", i -> "/search?partner=" + PARTNERS[i % PARTNERS.length]);
            pages.put("`/search` by status ACKNOWLEDGED", i -> "/search?status=ACKNOWLEDGED");
            pages.put("`/search` by status ROUTING_EXCEPTION", i -> "/search?status=ROUTING_EXCEPTION");
            pages.put("`/search` by dates (one month)", i -> "/search?from=" + month + "-01&to=" + month + "-28");
            pages.put("`/search` by partner + status + dates", i -> "/search?partner=tx-oag&status=ACKNOWLEDGED&from="
                    + month + "-01&to=" + month + "-28");
            pages.put("`/search` by a party's name", i -> "/search?partyName=" + SURNAMES[i % SURNAMES.length]);
            pages.put("`/compliance` dashboard", i -> "/compliance");
            pages.put("`/compliance?month=` one month by partner", i -> "/compliance?month=" + month);
            pages.put("`/compliance.csv`", i -> "/compliance.csv");
            pages.put("`/partners` directory", i -> "/partners");
            report.row("Page (" + requests + " requests after " + warmup + " warm-up, one client)", "p50 / p95 / max (ms), size");
            for (Map.Entry<String, IntFunction<String>> page : pages.entrySet()) {
                for (int i = 0; i < warmup; i++) {
                    get(http, page.getValue().apply(i));
                }
                List<Long> micros = new ArrayList<>();
                long bytes = 0;
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    bytes = get(http, page.getValue().apply(warmup + i));
                    micros.add((System.nanoTime() - t) / 1000);
                }
                Collections.sort(micros);
                String figure = String.format("%.0f / %.0f / %.0f, %,d bytes", micros.get(micros.size() / 2) / 1000.0,
                        micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0,
                        micros.get(micros.size() - 1) / 1000.0, bytes);
                System.out.printf("PAGE %s: %s%n", page.getKey(), figure);
                report.row(page.getKey(), figure);
            }
        } finally {
            report.write("console-pages");
            context.close();
        }
        System.exit(0);
    }

    /** The synthetic registry: statuses, clocks and lists spread roughly as a year of a state's traffic. */
    static Map<String, Long> seed(JdbcTemplate jdbc, int cases) {
        String partners = "ARRAY['" + String.join("','", PARTNERS) + "']";
        String surnames = "ARRAY['" + String.join("','", SURNAMES) + "']";
        jdbc.execute("DROP TABLE IF EXISTS bench_case");
        // one row per case: its id, partner, when it came and where it stands (per mille: 2 % routing exceptions,
        // 0.5 % dead-lettered, 5 % rejected, 1 % forwarded not yet acknowledged, the rest acknowledged); about 43 %
        // of forwarded cases still wait for documents; 10 % are registrations.
        jdbc.update("""
                CREATE UNLOGGED TABLE bench_case AS
                SELECT i, gen_random_uuid() AS id, (%s)[1 + i %% 8] AS partner,
                       now() - random() * interval '365 days' AS received_at, (random() * 1000)::int AS pm,
                       random() < 0.43 AS incomplete, random() < 0.10 AS registration, random() AS r
                FROM generate_series(1, ?) AS i""".formatted(partners), cases);
        jdbc.execute("""
                ALTER TABLE bench_case ADD COLUMN status varchar(32);
                UPDATE bench_case SET status = CASE WHEN pm < 20 THEN 'ROUTING_EXCEPTION' WHEN pm < 25 THEN 'DEAD_LETTERED'
                    WHEN pm < 75 THEN 'REJECTED' WHEN pm < 85 THEN 'FORWARDED' ELSE 'ACKNOWLEDGED' END;
                UPDATE bench_case SET incomplete = false, registration = false WHERE status NOT IN ('FORWARDED', 'ACKNOWLEDGED');
                """);
        jdbc.execute("""
                INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, sender_locator_code,
                    transaction_serial_number, functional_type, action_code, action_reason, sender_case_id, received_at,
                    status, status_changed_at, district_id, status_reason, queued_at)
                SELECT id, partner, CASE WHEN i % 5 = 0 THEN 'CSENET' ELSE 'SOAP' END,
                       CASE WHEN partner = 'mx-central-authority' THEN 'FOREIGN_CENTRAL_AUTHORITY' ELSE 'STATE_IV_D_AGENCY' END,
                       CASE WHEN partner = 'mx-central-authority' THEN NULL ELSE lpad((i % 50 + 1)::text, 2, '0') || '00000' END,
                       lpad(i::text, 12, '0'),
                       CASE WHEN registration THEN 'ENF' ELSE (ARRAY['EST','ENF','LO1','PAT','COL','MSC'])[1 + i % 6] END,
                       'R', CASE WHEN registration THEN 'ERREG' ELSE NULL END, 'PC' || lpad(i::text, 10, '0'),
                       received_at, status, received_at + interval '40 seconds',
                       CASE WHEN status IN ('FORWARDED', 'ACKNOWLEDGED')
                            THEN (ARRAY['36001','36029','nyc','36047','36055','36067'])[1 + i % 6] END,
                       CASE status WHEN 'ROUTING_EXCEPTION' THEN 'no district for the address'
                                   WHEN 'DEAD_LETTERED' THEN 'processing kept failing'
                                   WHEN 'REJECTED' THEN '2 violations' END,
                       received_at
                FROM bench_case""");
        jdbc.execute("""
                INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail)
                SELECT c.id, s.status, c.received_at + s.n * interval '10 seconds', 'benchmark'
                FROM bench_case c, unnest(CASE c.status
                        WHEN 'ACKNOWLEDGED' THEN ARRAY['RECEIVED','VALIDATED','FORWARDED','ACKNOWLEDGED']
                        WHEN 'FORWARDED' THEN ARRAY['RECEIVED','VALIDATED','FORWARDED']
                        WHEN 'REJECTED' THEN ARRAY['RECEIVED','REJECTED']
                        WHEN 'ROUTING_EXCEPTION' THEN ARRAY['RECEIVED','VALIDATED','ROUTING_EXCEPTION']
                        ELSE ARRAY['RECEIVED','DEAD_LETTERED'] END) WITH ORDINALITY AS s(status, n)
                ORDER BY c.received_at""");
        jdbc.execute("""
                INSERT INTO case_review (tracking_id, request_type, partner_state_fips, district_id, nondisclosure,
                    completeness, missing_summary, reviewed_at, completed_at)
                SELECT c.id, CASE WHEN c.registration THEN 'REGISTRATION_FOR_ENFORCEMENT' ELSE 'SUPPORT_ESTABLISHMENT' END,
                       lpad((c.i % 50 + 1)::text, 2, '0'), t.district_id, c.i % 40 = 0,
                       CASE WHEN c.incomplete THEN 'INCOMPLETE' ELSE 'COMPLETE' END,
                       CASE WHEN c.incomplete THEN 'missing: GENERAL_TESTIMONY; CERTIFIED_ORDER_COPY' ELSE 'complete' END,
                       c.received_at + interval '30 seconds',
                       CASE WHEN NOT c.incomplete THEN c.received_at + interval '30 seconds' END
                FROM bench_case c JOIN transmittal t ON t.tracking_id = c.id
                WHERE c.status IN ('FORWARDED', 'ACKNOWLEDGED')""");
        jdbc.execute("""
                INSERT INTO case_document (tracking_id, sha256, document_type, certified, file_name, media_type, size_bytes,
                    received_at, partner_id)
                SELECT c.id, md5(c.id::text || d.n) || md5(d.n || c.id::text),
                       (ARRAY['TRANSMITTAL_1','UNIFORM_SUPPORT_PETITION','ORDER_COPY'])[d.n], d.n = 3,
                       'document-' || d.n || '.pdf', 'application/pdf', 40000 + c.i % 5000,
                       c.received_at + d.n * interval '1 second', c.partner
                FROM bench_case c, generate_series(1, 3) AS d(n)
                WHERE c.status IN ('FORWARDED', 'ACKNOWLEDGED') AND (d.n < 3 OR NOT c.incomplete)""");
        // the clocks: the central registry's 10 working days for every case not rejected (done for those forwarded,
        // about 8 % late); documents outstanding for every incomplete case (open; received for 20 % of the complete
        // ones); status inquiries for 5 % of cases; contest periods for registrations in them
        jdbc.execute("""
                INSERT INTO duty (tracking_id, kind, trigger_event, triggered_at, due_date, escalate_on, remind_on,
                    completed_at, completion)
                SELECT id, 'CENTRAL_REGISTRY_REVIEW', 'received', received_at, (received_at + interval '14 days')::date,
                       (received_at + interval '12 days')::date, NULL,
                       CASE WHEN status IN ('FORWARDED', 'ACKNOWLEDGED')
                            THEN received_at + CASE WHEN r < 0.08 THEN interval '16 days' ELSE interval '2 hours' END END,
                       CASE WHEN status IN ('FORWARDED', 'ACKNOWLEDGED') THEN 'forwarded' END
                FROM bench_case WHERE status <> 'REJECTED'
                UNION ALL
                SELECT id, 'DOCUMENTS_OUTSTANDING', 'AADIN sent', received_at + interval '1 minute',
                       (received_at + interval '28 days')::date, NULL, (received_at + interval '14 days')::date,
                       CASE WHEN NOT incomplete THEN received_at + interval '9 days' END,
                       CASE WHEN NOT incomplete THEN 'documents received' END
                FROM bench_case WHERE incomplete OR (status IN ('FORWARDED', 'ACKNOWLEDGED') AND r > 0.8)
                UNION ALL
                SELECT id, 'STATUS_INQUIRY', 'status inquiry', received_at + interval '20 days',
                       (received_at + interval '27 days')::date, (received_at + interval '25 days')::date, NULL,
                       CASE WHEN r < 0.95 THEN received_at + interval '22 days' END,
                       CASE WHEN r < 0.95 THEN 'answered' END
                FROM bench_case WHERE i % 20 = 7 AND status <> 'REJECTED'""");
        jdbc.execute("""
                INSERT INTO registration (id, tracking_id, partner_id, sender_kind, sender_locator_code, sender_case_id,
                    transaction_serial_number, reason_code, purpose, requester, convention_order, contesting_party_abroad,
                    issuing_jurisdiction_kind, issuing_jurisdiction, district_id, court_id, obligor_last_name,
                    obligor_first_name, obligee_last_name, obligee_first_name, status, status_changed_at, received_at,
                    docket_number, notice_date, contest_deadline, contest_rule)
                SELECT gen_random_uuid(), c.id, c.partner, t.sender_kind, t.sender_locator_code, t.sender_case_id,
                       t.transaction_serial_number, 'ERREG', 'ENFORCEMENT', 'OBLIGOR', false, false, 'STATE',
                       lpad((c.i %% 50 + 1)::text, 2, '0'), t.district_id, '36047',
                       (%1$s)[1 + c.i %% 40], 'PAT', (%1$s)[1 + (c.i / 40) %% 40], 'MAY', s.status,
                       c.received_at + interval '10 days', c.received_at,
                       CASE WHEN s.status NOT IN ('AWAITING_DOCUMENTS', 'SENT_TO_TRIBUNAL') THEN 'F-' || c.i END,
                       CASE WHEN s.status IN ('NOTICE_SENT', 'CONTEST_PERIOD', 'CONFIRMED', 'CONTESTED')
                            THEN (c.received_at + interval '12 days')::date END,
                       CASE WHEN s.status IN ('CONTEST_PERIOD', 'CONFIRMED', 'CONTESTED')
                            THEN (c.received_at + interval '32 days')::date END,
                       CASE WHEN s.status IN ('CONTEST_PERIOD', 'CONFIRMED', 'CONTESTED') THEN 'UIFSA 605(b)(2)' END
                FROM bench_case c JOIN transmittal t ON t.tracking_id = c.id,
                     LATERAL (SELECT CASE WHEN c.received_at > now() - interval '20 days' THEN
                                  (ARRAY['AWAITING_DOCUMENTS','SENT_TO_TRIBUNAL','FILED','NOTICE_SENT'])[1 + c.i %% 4]
                              WHEN c.received_at > now() - interval '45 days' THEN 'CONTEST_PERIOD'
                              ELSE (ARRAY['CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED','CONFIRMED',
                                          'CONFIRMED','CONTESTED','VACATED','WITHDRAWN'])[1 + c.i %% 10] END AS status) s
                WHERE c.registration""".formatted(surnames));
        jdbc.execute("""
                INSERT INTO registration_child (registration_id, seq, last_name, first_name)
                SELECT id, 1, obligor_last_name, 'KIM' FROM registration;
                INSERT INTO registration_order (registration_id, seq, order_id, issuing_locator_code, issued_on,
                    obligation_kind, amount, frequency, controlling_order_flag)
                SELECT id, 1, 'O' || substr(md5(id::text), 1, 12), sender_locator_code, (received_at - interval '2 years')::date,
                       'CS', 350.00, 'M', 'Y' FROM registration;
                INSERT INTO registration_event (registration_id, from_status, status, occurred_at, detail)
                SELECT r.id, e.from_status, e.status, r.received_at + e.n * interval '3 days', 'benchmark'
                FROM registration r, LATERAL (VALUES (1, NULL, 'RECEIVED'), (2, 'RECEIVED', 'SENT_TO_TRIBUNAL'),
                    (3, 'SENT_TO_TRIBUNAL', 'FILED'), (4, 'FILED', 'NOTICE_SENT'), (5, 'NOTICE_SENT', 'CONTEST_PERIOD'),
                    (6, 'CONTEST_PERIOD', 'CONFIRMED')) AS e(n, from_status, status)
                WHERE e.n <= CASE r.status WHEN 'AWAITING_DOCUMENTS' THEN 1 WHEN 'SENT_TO_TRIBUNAL' THEN 2 WHEN 'FILED' THEN 3
                    WHEN 'NOTICE_SENT' THEN 4 WHEN 'CONTEST_PERIOD' THEN 5 WHEN 'CONFIRMED' THEN 6 ELSE 5 END;
                INSERT INTO duty (tracking_id, kind, trigger_event, triggered_at, due_date, completed_at, completion)
                SELECT tracking_id, 'REGISTRATION_CONTEST', 'notice sent', notice_date, contest_deadline,
                       CASE WHEN status <> 'CONTEST_PERIOD' THEN status_changed_at END,
                       CASE WHEN status <> 'CONTEST_PERIOD' THEN lower(status) END
                FROM registration WHERE contest_deadline IS NOT NULL;
                """);
        // staged messages: the referral for the district and the acknowledgment for the partner, delivered; the
        // acknowledgments of two partners with SOAP endpoints delivered by the gateway (2 % failed, 1 % retrying)
        jdbc.execute("""
                INSERT INTO outbox_message (dedup_key, destination, kind, tracking_id, status, attempts, created_at, delivered_at)
                SELECT 'referral-' || c.id, 'district.' || t.district_id || '.inbound', 'DISTRICT_REFERRAL', c.id, 'DELIVERED',
                       1, c.received_at + interval '20 seconds', c.received_at + interval '21 seconds'
                FROM bench_case c JOIN transmittal t ON t.tracking_id = c.id WHERE c.status IN ('FORWARDED', 'ACKNOWLEDGED')
                UNION ALL
                SELECT 'ack-' || id, 'partner.' || partner || '.outbound', 'ACKNOWLEDGMENT', id, 'DELIVERED',
                       1, received_at + interval '30 seconds', received_at + interval '31 seconds'
                FROM bench_case WHERE status IN ('ACKNOWLEDGED', 'REJECTED')""");
        jdbc.execute("""
                INSERT INTO partner_delivery (message_key, partner_id, endpoint, kind, tracking_id, serial_number,
                    csenet_transaction, status, attempts, next_attempt_at, created_at, finished_at, receipt)
                SELECT 'ack-' || id, partner, 'http://127.0.0.1:18199/nowhere', 'ACKNOWLEDGMENT', id, lpad(i::text, 12, '0'),
                       'MSC P GSC03', s, CASE s WHEN 'DELIVERED' THEN 1 ELSE 4 END,
                       now() + interval '30 days', received_at + interval '31 seconds',
                       CASE WHEN s IN ('DELIVERED', 'FAILED') THEN received_at + interval '1 minute' END,
                       CASE WHEN s = 'DELIVERED' THEN 'receipted' END
                FROM (SELECT *, CASE WHEN r < 0.02 THEN 'FAILED' WHEN r < 0.03 THEN 'RETRYING' ELSE 'DELIVERED' END AS s
                      FROM bench_case WHERE partner IN ('fl-dor', 'pa-bcse') AND status IN ('ACKNOWLEDGED', 'REJECTED')) c;
                INSERT INTO partner_delivery_attempt (delivery_id, attempt, attempted_at, outcome, http_status, duration_ms)
                SELECT d.id, a.n, d.created_at + a.n * interval '5 seconds',
                       CASE WHEN d.status = 'DELIVERED' THEN 'RECEIPTED' ELSE 'UNREACHABLE' END,
                       CASE WHEN d.status = 'DELIVERED' THEN 200 END, 40
                FROM partner_delivery d, generate_series(1, 4) AS a(n) WHERE a.n <= d.attempts;
                """);
        jdbc.execute("""
                INSERT INTO dead_letter (message_key, tracking_id, problem, failed_route, cause, failed_at, recorded_at,
                    body, status, resolved_at, resolved_by, resolution)
                SELECT 'dl-' || id, id, 'PROCESSING_FAILED', 'transmittal-processing', 'java.lang.IllegalStateException: benchmark',
                       received_at + interval '1 minute', received_at + interval '1 minute', NULL, 'OPEN', NULL, NULL, NULL
                FROM bench_case WHERE status = 'DEAD_LETTERED'
                UNION ALL
                SELECT 'dl-old-' || id, id, 'PROCESSING_FAILED', 'transmittal-processing', 'database unavailable',
                       received_at + interval '1 minute', received_at + interval '1 minute', NULL,
                       CASE WHEN i % 2 = 0 THEN 'REPLAYED' ELSE 'CLOSED' END, received_at + interval '1 hour', 'specialist',
                       'replayed after the fix'
                FROM bench_case WHERE status = 'ACKNOWLEDGED' AND r < 0.02;
                INSERT INTO staff_action (occurred_at, actor, action, subject_kind, subject_id, detail)
                SELECT received_at + interval '1 hour', 'specialist', 'ROUTE_EXCEPTION', 'transmittal', id::text,
                       'district ' || (ARRAY['36001','36029','nyc'])[1 + i % 3]
                FROM bench_case WHERE status = 'ACKNOWLEDGED' AND r > 0.97;
                """);
        jdbc.execute("DROP TABLE bench_case");
        jdbc.execute("VACUUM ANALYZE");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("routing exceptions", count(jdbc, "SELECT count(*) FROM transmittal WHERE status = 'ROUTING_EXCEPTION'"));
        counts.put("open dead letters", count(jdbc, "SELECT count(*) FROM dead_letter WHERE status = 'OPEN'"));
        counts.put("waiting for documents", count(jdbc, "SELECT count(*) FROM case_review WHERE completeness = 'INCOMPLETE'"));
        counts.put("open registrations", count(jdbc, "SELECT count(*) FROM registration WHERE status IN "
                + "('AWAITING_DOCUMENTS', 'SENT_TO_TRIBUNAL', 'FILED', 'NOTICE_SENT', 'CONTEST_PERIOD')"));
        counts.put("failed or retrying deliveries", count(jdbc,
                "SELECT count(*) FROM partner_delivery WHERE status IN ('FAILED', 'RETRYING')"));
        counts.put("open duties", count(jdbc, "SELECT count(*) FROM duty WHERE completed_at IS NULL"));
        counts.put("duties", count(jdbc, "SELECT count(*) FROM duty"));
        counts.put("ledger events", count(jdbc, "SELECT count(*) FROM transmittal_event"));
        counts.put("documents", count(jdbc, "SELECT count(*) FROM case_document"));
        counts.put("registrations", count(jdbc, "SELECT count(*) FROM registration"));
        counts.put("staged messages", count(jdbc, "SELECT count(*) FROM outbox_message"));
        counts.put("partner deliveries", count(jdbc, "SELECT count(*) FROM partner_delivery"));
        return counts;
    }

    /** The raw message of each timed case, sealed under the data key exactly as the ledger stores it. */
    private static void sealRawMessages(ConfigurableApplicationContext context, JdbcTemplate jdbc, List<String> ids)
            throws Exception {
        PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
        String raw = Files.readString(Path.of("schemas", "examples", "est-request.xml"));
        for (String id : ids) {
            jdbc.update("INSERT INTO transmittal_message (tracking_id, sha256, raw_message) VALUES (?::uuid, ?, ?)",
                    id, "0".repeat(64), cipher.seal(raw, "transmittal_message/" + id));
        }
    }

    private static HttpClient signIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=specialist&password=specialist-demo-secret&_csrf="
                        + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
        }
        return http;
    }

    private static long get(HttpClient http, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body().length;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int arg(String[] args, String name, int fallback) {
        String value = argString(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String argString(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
