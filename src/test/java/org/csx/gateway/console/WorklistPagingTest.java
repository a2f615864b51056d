package org.csx.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.csx.gateway.support.ConsoleSession;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A worklist longer than a page is read and shown a page at a time, in its order, with its count and links to the
 * pages before and after (issue 13: a worklist of 40,000 cases pages, it does not render everything). Through the
 * whole gateway: form sign-in, the page over HTTP, PostgreSQL.
 */
class WorklistPagingTest extends GatewayTestSupport {

    @Test
    void theCasesWaitingForDocumentsArePagedInTheirOrder() throws Exception {
        // 120 incomplete cases whose reminders go long after any other test's: the last clocked ones, in order
        String run = UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, transaction_serial_number,
                    functional_type, action_code, sender_case_id, received_at, status, status_changed_at, district_id)
                SELECT md5(? || i)::uuid, 'paging-' || ?, 'SOAP', 'STATE_IV_D_AGENCY', lpad(i::text, 12, '0'), 'EST', 'R',
                       'PG-' || i, now(), 'ACKNOWLEDGED', now(), '36029'
                FROM generate_series(1, 120) AS i""", run, run);
        jdbc.update("""
                INSERT INTO case_review (tracking_id, district_id, completeness, missing_summary, reviewed_at)
                SELECT md5(? || i)::uuid, '36029', 'INCOMPLETE', 'missing: GENERAL_TESTIMONY', now()
                FROM generate_series(1, 120) AS i""", run);
        jdbc.update("""
                INSERT INTO duty (tracking_id, kind, trigger_event, triggered_at, due_date, remind_on)
                SELECT md5(? || i)::uuid, 'DOCUMENTS_OUTSTANDING', 'AADIN sent', now(), current_date + 3000,
                       current_date + 2000 + i
                FROM generate_series(1, 120) AS i""", run);
        // and two incomplete cases without a documents clock (not in normal operation): after every clocked one
        jdbc.update("""
                INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, transaction_serial_number,
                    functional_type, action_code, sender_case_id, received_at, status, status_changed_at, district_id)
                SELECT md5(? || 'lone' || i)::uuid, 'paging-' || ?, 'SOAP', 'STATE_IV_D_AGENCY', lpad((1000 + i)::text, 12, '0'),
                       'EST', 'R', 'PGL-' || i, now(), 'ACKNOWLEDGED', now(), '36029'
                FROM generate_series(1, 2) AS i""", run, run);
        jdbc.update("""
                INSERT INTO case_review (tracking_id, district_id, completeness, missing_summary, reviewed_at)
                SELECT md5(? || 'lone' || i)::uuid, '36029', 'INCOMPLETE', 'missing: GENERAL_TESTIMONY',
                       now() + i * interval '1 second'
                FROM generate_series(1, 2) AS i""", run);
        List<String> lone = jdbc.queryForList("SELECT md5(? || 'lone' || i)::uuid::text FROM generate_series(1, 2) AS i "
                + "ORDER BY i", String.class, run);
        List<String> ours = jdbc.queryForList("SELECT md5(? || i)::uuid::text FROM generate_series(1, 120) AS i ORDER BY i",
                String.class, run);
        long total = jdbc.queryForObject("SELECT count(*) FROM case_review WHERE completeness = 'INCOMPLETE'", Long.class);
        int pages = (int) ((total + Pager.SIZE - 1) / Pager.SIZE);

        ConsoleSession browser = ConsoleSession.signIn(port, VIEWER, VIEWER_SECRET);
        String first = browser.get("/");
        assertThat(section(first, "documents")).contains("Page 1 of " + pages + ": 1–50 of " + total)
                .contains("href=\"/?documents=2#documents\"");
        assertThat(rows(section(first, "documents"))).isEqualTo(Pager.SIZE);
        assertThat(first).contains("Waiting for documents (<span>" + total + "</span>)");

        String last = browser.get("/?documents=" + pages);
        String lastSection = section(last, "documents");
        long onLast = total - (long) (pages - 1) * Pager.SIZE;
        assertThat(rows(lastSection)).isEqualTo(onLast);
        assertThat(lastSection).contains("Page " + pages + " of " + pages).doesNotContain("rel=\"next\"")
                .contains(lone.get(1));
        // in order: our clocked cases, then the two without a clock, oldest review first (the last two pages)
        String tail = (pages > 1 ? section(browser.get("/?documents=" + (pages - 1)), "documents") : "") + lastSection;
        assertThat(tail.indexOf(ours.get(118))).isPositive().isLessThan(tail.indexOf(ours.get(119)));
        assertThat(tail.indexOf(ours.get(119))).isLessThan(tail.indexOf(lone.get(0)));
        assertThat(tail.indexOf(lone.get(0))).isLessThan(tail.indexOf(lone.get(1)));
        // a page past the end shows the last one; a page that is not a number, the first
        assertThat(section(browser.get("/?documents=99999"), "documents")).contains("Page " + pages + " of " + pages);
        assertThat(section(browser.get("/?documents=x"), "documents")).contains("Page 1 of " + pages);
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static long rows(String section) {
        return Pattern.compile("<tr>\\s*<td><a href=\"/cases/").matcher(section).results().count();
    }
}
