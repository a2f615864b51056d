package org.csx.gateway.deadlines;

import java.time.LocalDate;
import java.util.Set;

/**
 * The feature that owns a period ({@link DutyKind.OnDue#EXPIRE}) and acts when it has passed: registration confirms
 * an uncontested registration by operation of law. Called by {@link DutyJobs} inside the transaction that claimed
 * the duty (FOR UPDATE SKIP LOCKED), so with several gateway instances each period is acted on once.
 */
public interface DutyExpiry {

    Set<DutyKind> kinds();

    /** Acts on a passed period; returns the duty's completion, in words (no personal data). */
    String expired(Duty duty, LocalDate today);
}
