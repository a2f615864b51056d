package org.csx.gateway.csenet;

/**
 * One problem found in one CSENet record.
 *
 * <p>The reason never quotes field contents: records carry SSNs, names and dates of birth, and errors get logged.
 *
 * @param code     the gateway error code (for the error file)
 * @param field    the IGD field name (e.g. "Participant 2 SSN"), or a short description such as "record length"
 * @param position 1-based position in the record where the problem starts (0 when it concerns the whole record)
 * @param reason   what is wrong, for people
 */
record CsenetRecordError(CsenetErrorCode code, String field, int position, String reason) {

    @Override
    public String toString() {
        return code.code() + " " + field + " @" + position + ": " + reason;
    }
}
