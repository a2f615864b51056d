package org.csx.gateway.deadlines;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The federal timeframes as a coordinator reports them, from the duties' clocks (45 CFR 303.7(b)), per month of the
 * trigger (in the duties' zone) and partner:
 * <ul>
 *   <li>cases: CENTRAL_REGISTRY_REVIEW duties opened, and those done (reviewed, forwarded, acknowledged) on or
 *       before their due date (10 working days);</li>
 *   <li>status inquiries: STATUS_INQUIRY duties, and those answered on or before their due date (5 working days);</li>
 *   <li>documents: requested (a DOCUMENTS_OUTSTANDING duty opened by an AADIN) and received (that duty done).</li>
 * </ul>
 * A duty done on its due date counts as within: the due date is the last working day allowed.
 */
@Component
public class ComplianceFigures {

    public record MonthlyFigures(String month, String partnerId, long cases, long casesWithin, long inquiries,
                                 long inquiriesWithin, long documentsRequested, long documentsReceived) {
    }

    private final JdbcTemplate jdbc;
    private final DutyProperties properties;

    public ComplianceFigures(JdbcTemplate jdbc, DutyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public String zone() {
        return properties.getZone();
    }

    /** Duties triggered in [from, to), grouped by month and partner. */
    public List<MonthlyFigures> monthly(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.query("""
                SELECT to_char(d.triggered_at AT TIME ZONE ?, 'YYYY-MM') AS month, t.partner_id,
                       count(*) FILTER (WHERE d.kind = 'CENTRAL_REGISTRY_REVIEW'),
                       count(*) FILTER (WHERE d.kind = 'CENTRAL_REGISTRY_REVIEW'
                                        AND (d.completed_at AT TIME ZONE ?)::date <= d.due_date),
                       count(*) FILTER (WHERE d.kind = 'STATUS_INQUIRY'),
                       count(*) FILTER (WHERE d.kind = 'STATUS_INQUIRY'
                                        AND (d.completed_at AT TIME ZONE ?)::date <= d.due_date),
                       count(*) FILTER (WHERE d.kind = 'DOCUMENTS_OUTSTANDING'),
                       count(*) FILTER (WHERE d.kind = 'DOCUMENTS_OUTSTANDING' AND d.completed_at IS NOT NULL)
                FROM duty d JOIN transmittal t ON t.tracking_id = d.tracking_id
                WHERE d.triggered_at >= ? AND d.triggered_at < ?
                GROUP BY 1, 2 ORDER BY 1, 2
                """, (rs, i) -> new MonthlyFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
                zone(), zone(), zone(), Timestamp.from(from.toInstant()), Timestamp.from(to.toInstant()));
    }
}
