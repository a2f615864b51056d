package org.csx.gateway.ledger;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a transmittal in the gateway. Every change is recorded in transmittal_event.
 *
 * <pre>
 * RECEIVED ──► VALIDATED ──► FORWARDED ──► ACKNOWLEDGED
 *    │             └──► ROUTING_EXCEPTION ──► FORWARDED (after staff routing)
 *    └──► REJECTED (rejection sent to the sender)
 * any non-final status ──► DEAD_LETTERED (processing kept failing) ──► RECEIVED (replayed)
 * </pre>
 */
public enum TransmittalStatus {
    /** Stored and receipted; waiting on the intake queue. */
    RECEIVED,
    /** Passed the schema and the business rules. */
    VALIDATED,
    /** Failed validation; the sender was sent every violation. */
    REJECTED,
    /** Put on its district's queue. */
    FORWARDED,
    /** No district could be chosen; on registry.exceptions for staff. */
    ROUTING_EXCEPTION,
    /** The acknowledgment saying where the case went is on the sender's queue. */
    ACKNOWLEDGED,
    /** Processing kept failing; the message is on the dead-letter queue with its cause. */
    DEAD_LETTERED;

    /** The statuses this one may be reached from. */
    public Set<TransmittalStatus> predecessors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DEAD_LETTERED);
            case VALIDATED, REJECTED -> EnumSet.of(RECEIVED);
            case FORWARDED -> EnumSet.of(VALIDATED, ROUTING_EXCEPTION);
            case ROUTING_EXCEPTION -> EnumSet.of(VALIDATED);
            case ACKNOWLEDGED -> EnumSet.of(FORWARDED);
            case DEAD_LETTERED -> EnumSet.of(RECEIVED, VALIDATED, FORWARDED, ROUTING_EXCEPTION);
        };
    }

    public boolean canFollow(TransmittalStatus previous) {
        return predecessors().contains(previous);
    }
}
