package org.csx.gateway.csenet;

/**
 * The parts of a CSENet transaction, in the order they follow each other in a record (brief 1.7).
 * {@code csvName} is the block name used in {@code reference/csenet-data-block-fields.csv};
 * {@code length} is the block length the IGD charts give, checked against the CSV when it is loaded.
 * The header length here is the C-4 ("as received") variant the CSV lists; see {@link HeaderLayout}.
 */
enum CsenetBlock {
    HEADER("HEADER", 121, 1),
    CASE("CASE DATA BLOCK", 351, 1),
    NCP_IDENTIFICATION("NONCUSTODIAL PARENT IDENTIFICATION (NCP-ID) DATA BLOCK", 181, 1),
    NCP_LOCATE("NONCUSTODIAL PARENT (NCP) LOCATE DATA BLOCK", 1421, 1),
    PARTICIPANT("PARTICIPANT DATA BLOCK", 341, 9),
    ORDER("ORDER DATA BLOCK", 254, 9),
    COLLECTION("COLLECTION DATA BLOCK", 70, 9),
    INFORMATION("INFORMATION DATA BLOCK", 416, 1);

    private final String csvName;
    private final int length;
    private final int maxCount;

    CsenetBlock(String csvName, int length, int maxCount) {
        this.csvName = csvName;
        this.length = length;
        this.maxCount = maxCount;
    }

    public String csvName() {
        return csvName;
    }

    /** Block length in bytes (for HEADER: the 121-byte received variant). */
    public int length() {
        return length;
    }

    /** How many of this block one transaction may carry (the header indicator's maximum). */
    public int maxCount() {
        return maxCount;
    }

    /** Human name for error messages, e.g. "Participant". */
    public String displayName() {
        return switch (this) {
            case HEADER -> "Header";
            case CASE -> "Case";
            case NCP_IDENTIFICATION -> "NCP-ID";
            case NCP_LOCATE -> "NCP locate";
            case PARTICIPANT -> "Participant";
            case ORDER -> "Order";
            case COLLECTION -> "Collection";
            case INFORMATION -> "Information";
        };
    }

    /** The data blocks (everything but the header), in record order. */
    public static CsenetBlock[] dataBlocks() {
        return new CsenetBlock[] {CASE, NCP_IDENTIFICATION, NCP_LOCATE, PARTICIPANT, ORDER, COLLECTION, INFORMATION};
    }
}
