package org.csx.gateway.csenet;

/**
 * A transmittal cannot be written as a CSENet record: a value does not fit its field (too long, not numeric,
 * not ASCII, too many blocks...). Values are never cut to fit. The message names the field, never its content.
 */
class CsenetWriteException extends IllegalArgumentException {
    private final String field;

    public CsenetWriteException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
