package org.csx.gateway.csenet;

/**
 * The gateway's own 4-character error codes for rejected CSENet transactions.
 *
 * <p>These are NOT the official CSENet server error codes: OCSS gives that list to state IV-D agencies and it was
 * not available (brief 1.12). The "GW" prefix keeps them apart from official codes should both appear in one file.
 */
enum CsenetErrorCode {
    RECORD_TRUNCATED("GW01", "Record ends inside the header or a data block"),
    COUNTS_DISAGREE("GW02", "Header block indicators disagree with the record length"),
    RECORD_TOO_LONG("GW03", "Record longer than the blocks the header announces"),
    NOT_NUMERIC("GW04", "Non-numeric data in a numeric field"),
    INVALID_DATE("GW05", "Invalid CCYYMMDD date"),
    NOT_ASCII("GW06", "Byte outside printable ASCII"),
    UNKNOWN_CODE("GW07", "Unknown code value"),
    REQUIRED_MISSING("GW08", "Required field blank"),
    INVALID_VALUE("GW09", "Value breaks a field rule or does not fit the contract"),
    UNKNOWN_SENDER("GW10", "No partner is configured for the sender's FIPS code"),
    INTAKE_REFUSED("GW11", "Refused by intake (sender not authorised, serial number reused, ...)"),
    REJECTED("GW12", "Rejected by validation (schema or business rules)"),
    SENDER_NOT_BOUND("GW13", "The sender is not the partner this inbox is bound to"),
    INTERNAL("GW99", "Unexpected gateway failure while parsing");

    private final String code;
    private final String description;

    CsenetErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The 4-character code written in the error file. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
