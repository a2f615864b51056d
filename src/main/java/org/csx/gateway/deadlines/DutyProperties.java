package org.csx.gateway.deadlines;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.duties.*}: the clocks' zone, the reminder wait, the escalation margin and how often the jobs run. */
@ConfigurationProperties(prefix = "csx.duties")
public class DutyProperties {

    /** The home state's time zone: a trigger's date is taken here. */
    private String zone = "America/New_York";
    /** Working days after the acknowledgment before the sender is reminded of outstanding documents (GRPOU). */
    private int reminderAfterWorkingDays = 10;
    /** Working days before a duty's due date from which it is escalated to the overdue queue. */
    private int escalateWorkingDaysBefore = 2;
    /** Where escalations go, for registry staff. */
    private String overdueQueue = "registry.overdue";
    /** How often the reminder and escalation jobs run. */
    private Duration interval = Duration.ofMinutes(15);

    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public int getReminderAfterWorkingDays() { return reminderAfterWorkingDays; }
    public void setReminderAfterWorkingDays(int reminderAfterWorkingDays) { this.reminderAfterWorkingDays = reminderAfterWorkingDays; }
    public int getEscalateWorkingDaysBefore() { return escalateWorkingDaysBefore; }
    public void setEscalateWorkingDaysBefore(int escalateWorkingDaysBefore) { this.escalateWorkingDaysBefore = escalateWorkingDaysBefore; }
    public String getOverdueQueue() { return overdueQueue; }
    public void setOverdueQueue(String overdueQueue) { this.overdueQueue = overdueQueue; }
    public Duration getInterval() { return interval; }
    public void setInterval(Duration interval) { this.interval = interval; }
}
