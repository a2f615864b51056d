package org.csx.gateway.identity;

/**
 * What a member of the registry's staff may do (docs/security.md). Each role includes the ones before it:
 * a supervisor may do what a specialist may, a specialist what a viewer may.
 */
public enum StaffRole {
    /** Reads ledger entries, registrations, notices, deadlines and case document lists. */
    VIEWER,
    /** Also records certified documents, withdraws registrations and reads document content. */
    SPECIALIST,
    /** Also whatever a specialist may; the role later overrides and exception handling will need. */
    SUPERVISOR,
    /** Also the actuator (metrics, info) and, on the broker, management and browsing of every queue. */
    ADMINISTRATOR
}
