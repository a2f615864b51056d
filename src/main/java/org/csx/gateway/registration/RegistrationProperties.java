package org.csx.gateway.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.registration.*}: how registrations of out-of-state and foreign orders are handled. */
@ConfigurationProperties(prefix = "csx.registration")
public class RegistrationProperties {

    /**
     * Countries (ISO 3166-1 alpha-2) for which an order sent by their central authority is a Hague 2007
     * Convention support order (§706/§707). Other foreign orders register under Article 6.
     */
    private List<String> conventionCountries = new ArrayList<>();

    /** Whether a contest deadline on a Saturday or Sunday rolls to Monday (state procedural law). */
    private ContestDeadline.WeekendRule weekendRule = ContestDeadline.WeekendRule.CALENDAR_DAYS;

    /** How often the contest-deadline job looks for registrations to confirm by operation of law. */
    private Duration contestJobInterval = Duration.ofHours(1);

    public List<String> getConventionCountries() { return conventionCountries; }
    public void setConventionCountries(List<String> conventionCountries) { this.conventionCountries = conventionCountries; }
    public ContestDeadline.WeekendRule getWeekendRule() { return weekendRule; }
    public void setWeekendRule(ContestDeadline.WeekendRule weekendRule) { this.weekendRule = weekendRule; }
    public Duration getContestJobInterval() { return contestJobInterval; }
    public void setContestJobInterval(Duration contestJobInterval) { this.contestJobInterval = contestJobInterval; }
}
