package org.csx.gateway.csenet;

import org.csx.gateway.contract.MessageHeaders;

/**
 * Whose records an inbox may hold. The federal CSENet drop ({@code csx.csenet.inbox}) carries every state's
 * traffic: a record's sender is whichever state IV-D agency the partner directory gives for its FIPS code. An
 * inbox bound to one partner ({@code csx.csenet.partner-inboxes}) takes only that partner's records; a record
 * claiming another sender is refused (GW13) and recorded like every refused record.
 */
record CsenetInboxBinding(String partnerId) {
    public static final String FEDERAL = "federal";
    public static final CsenetInboxBinding FEDERAL_DROP = new CsenetInboxBinding(null);

    public boolean isBound() {
        return partnerId != null;
    }

    static CsenetInboxBinding parse(String value) {
        if (value == null || value.isBlank()) {
            // Fail closed: a route that forgot to say which inbox it reads must not speak for every state.
            throw new IllegalStateException("a CSENet inbox route without its binding (header " + MessageHeaders.CSENET_INBOX + ")");
        }
        return FEDERAL.equals(value) ? FEDERAL_DROP : new CsenetInboxBinding(value);
    }
}
