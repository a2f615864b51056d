package org.csx.gateway.console;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.TextMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.ReceiptRecord;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * The console in a real browser (Debian's headless Chromium driven by Selenium) against the whole gateway: SOAP in,
 * PostgreSQL, the broker. One browser for the class; each test signs in as the staff member it needs. Screenshots of
 * the main pages go to target/console-screenshots.
 */
class ConsoleBrowserTest extends GatewayTestSupport {

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String AXE = axe();
    private static WebDriver browser;
    private static Path profile;

    @Autowired
    PersonalDataCipher cipher;

    @BeforeAll
    static void startBrowser() throws IOException {
        // Never let Selenium Manager fetch a driver or a browser: Debian's, installed by the build (pom.xml).
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aSpecialistRoutesARoutingExceptionByHandAndTheCasePageTellsTheStory() {
        String id = submit(CA, CA_SECRET, example("unroutable-request.xml")).getTrackingId();
        awaitStatus(id, TransmittalStatus.ROUTING_EXCEPTION);

        signIn(SPECIALIST, SPECIALIST_SECRET);
        WebElement row = waitFor(By.id("exception-" + id));
        screenshot("worklists");
        assertAccessible("worklists");
        new Select(row.findElement(By.name("district"))).selectByValue("36029");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.id("flash-notice")).getText()).contains(id, "36029");

        TextMessage referral = receive("district.36029.inbound", id);
        assertThat(text(referral)).contains("TrackingId>" + id + "</", "DistrictReferral", "36029");
        TextMessage acknowledgment = receive("partner." + CA + ".outbound", id);
        assertThat(text(acknowledgment)).contains("ACCEPTED", "36029");
        TransmittalView view = ledger.find(UUID.fromString(id)).orElseThrow();
        assertThat(view.districtId()).isEqualTo("36029");
        assertThat(view.history()).extracting(TransmittalView.Event::status).containsSubsequence(
                TransmittalStatus.ROUTING_EXCEPTION, TransmittalStatus.FORWARDED, TransmittalStatus.ACKNOWLEDGED);
        assertThat(view.history()).anyMatch(e -> e.status() == TransmittalStatus.FORWARDED
                && e.detail().contains("routed by hand by " + SPECIALIST));
        assertThat(jdbc.queryForList("SELECT actor FROM staff_action WHERE subject_id = ? AND action = 'ROUTE_EXCEPTION'",
                String.class, id)).containsExactly(SPECIALIST);
        assertThat(browser.findElements(By.id("exception-" + id))).as("off the worklist").isEmpty();

        browser.get(url("/cases/" + id));
        assertThat(waitFor(By.id("case-status")).getText()).isEqualTo("ACKNOWLEDGED");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("RECEIVED", "VALIDATED", "ROUTING_EXCEPTION", "FORWARDED", "ACKNOWLEDGED",
                "Started CENTRAL_REGISTRY_REVIEW", "Stopped CENTRAL_REGISTRY_REVIEW",
                "REFERRAL to district.36029.inbound", "ACKNOWLEDGMENT to partner." + CA + ".outbound",
                "ROUTE_EXCEPTION by " + SPECIALIST);
        screenshot("case");
        assertAccessible("case");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE actor = ? AND subject_id = ? "
                + "AND action = 'GET /cases/{trackingId}'", Long.class, SPECIALIST, id)).as("the read is audited").isEqualTo(1L);

        // the case is found by its partner's case id and by its tracking id
        browser.get(url("/search"));
        browser.findElement(By.id("partnerCaseId")).sendKeys("CA-LA-0000999");
        browser.findElement(By.id("partner")).sendKeys(CA);
        browser.findElement(By.id("search-button")).click();
        assertThat(waitFor(By.id("results")).getText()).contains(id);
        screenshot("search");
        assertAccessible("search");
    }

    @Test
    void aDeadLetterIsReplayedOnceItsCauseIsFixed() {
        String serial = nextSerial();
        // Processing fails on every delivery: the ledger holds a message that is not XML.
        ReceiptRecord stored = storeWithoutQueueing("<Transmittal xmlns=\"urn:csx:transmittal:1\"><Header>", serial);
        String id = stored.trackingId().toString();
        putOnIntake(id);
        awaitStatus(id, TransmittalStatus.DEAD_LETTERED);
        long letter = await().atMost(Duration.ofSeconds(30)).until(
                () -> jdbc.queryForList("SELECT id FROM dead_letter WHERE tracking_id = ?::uuid", Long.class, id),
                ids -> ids.size() == 1).get(0);
        // The fix: the transmittal as the partner meant it (here written straight into the ledger).
        jdbc.update("UPDATE transmittal_message SET raw_message = ? WHERE tracking_id = ?::uuid",
                cipher.seal(withSerial(readExample("lo1-request.xml"), serial), "transmittal_message/" + id), id);

        signIn(SPECIALIST, SPECIALIST_SECRET);
        WebElement row = waitFor(By.id("dead-letter-" + letter));
        assertThat(row.getText()).contains("CorruptIntakeMessageException");
        row.findElement(By.id("replay-" + letter)).click();
        assertThat(waitFor(By.id("flash-notice")).getText()).contains("replayed");

        TransmittalView view = awaitStatus(id, TransmittalStatus.ACKNOWLEDGED);
        assertThat(view.history()).anyMatch(e -> e.status() == TransmittalStatus.RECEIVED
                && e.detail().contains("replayed from dead letter " + letter + " by " + SPECIALIST));
        assertThat(receive("district.36001.inbound", id)).isNotNull();
        Map<String, Object> resolved = jdbc.queryForMap("SELECT status, resolved_by FROM dead_letter WHERE id = ?", letter);
        assertThat(resolved).containsEntry("status", "REPLAYED").containsEntry("resolved_by", SPECIALIST);
    }

    @Test
    void aViewerReadsButCannotActAndAStrangerIsSentToSignIn() {
        browser.get(url("/cases/" + UUID.randomUUID()));
        waitUntilUrlEndsWith("/login");
        screenshot("login");
        assertAccessible("login");

        String id = submit(CA, CA_SECRET, example("unroutable-request.xml")).getTrackingId();
        awaitStatus(id, TransmittalStatus.ROUTING_EXCEPTION);
        signIn(VIEWER, VIEWER_SECRET);
        WebElement row = waitFor(By.id("exception-" + id));
        assertThat(row.findElements(By.tagName("button"))).as("no action offered to a viewer").isEmpty();
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("read only");

        // Posting the form anyway, with the page's own CSRF token: refused
        String token = browser.findElement(By.cssSelector("form.signout input[name=_csrf]")).getAttribute("value");
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/exceptions/' + arguments[0] + '/route', {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'district=36029&_csrf=' + encodeURIComponent(arguments[1])})
                  .then(r => done(r.status), e => done('failed: ' + e));
                """, id, token);
        assertThat(status).isEqualTo(403L);
        assertThat(ledger.find(UUID.fromString(id)).orElseThrow().status()).isEqualTo(TransmittalStatus.ROUTING_EXCEPTION);
    }

    @Test
    void theComplianceDashboardShowsWhatTheDatabaseHolds() {
        awaitStatus(submit(CA, CA_SECRET, example("lo1-request.xml")).getTrackingId(), TransmittalStatus.ACKNOWLEDGED);
        signIn(VIEWER, VIEWER_SECRET);
        browser.get(url("/compliance"));
        WebElement byMonth = waitFor(By.id("by-month"));
        String month = java.time.YearMonth.now(java.time.ZoneId.of("America/New_York")).toString();
        long cases = jdbc.queryForObject("""
                SELECT count(*) FROM duty WHERE kind = 'CENTRAL_REGISTRY_REVIEW'
                AND to_char(triggered_at AT TIME ZONE 'America/New_York', 'YYYY-MM') = ?""", Long.class, month);
        List<WebElement> cells = byMonth.findElements(By.xpath(".//tr[td[1]/a[text()='" + month + "']]/td"));
        assertThat(cells).isNotEmpty();
        assertThat(cells.get(1).getText()).isEqualTo(String.valueOf(cases));
        assertThat(browser.findElement(By.cssSelector("figure.chart svg title")).getAttribute("textContent"))
                .contains("within 10 working days");
        screenshot("compliance");
        assertAccessible("compliance");
        browser.get(url("/partners"));
        assertThat(waitFor(By.id("configured-partners")).getText()).contains(CA);
        screenshot("partners");
        assertAccessible("partners");
    }

    /**
     * axe-core (src/test/resources/axe, run in the page itself): no WCAG 2 A/AA violation. Selenium's script
     * injection is not subject to the page's content security policy.
     */
    private static void assertAccessible(String page) {
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript(AXE);
        Object violations = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                  + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))),
                        e => done(['axe failed: ' + e]));
                """);
        assertThat((List<?>) violations).as("accessibility violations on " + page).isEmpty();
    }

    private static String axe() {
        try (var in = ConsoleBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String user, String secret) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(secret);
        browser.findElement(By.id("sign-in")).click();
        waitFor(By.id("signed-in-as"));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void waitUntilUrlEndsWith(String end) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(end));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(TextMessage message) {
        try {
            return message.getText();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An intake message naming the tracking id, as intake puts one on the queue. */
    private void putOnIntake(String trackingId) {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setSessionTransacted(true);
        jms.send("registry.intake", session -> {
            var message = session.createTextMessage("<ignored/>");
            message.setStringProperty(MessageHeaders.TRACKING_ID, trackingId);
            message.setStringProperty(MessageHeaders.PARTNER_ID, CA);
            message.setStringProperty(MessageHeaders.CHANNEL, "SOAP");
            return message;
        });
    }
}
