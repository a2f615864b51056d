package org.csx.gateway.csenet;

/**
 * One fixed-width field of a CSENet block, as listed in the IGD field table.
 *
 * @param block    the block the field belongs to
 * @param name     the IGD field name, exactly as in the CSV (e.g. "Payment-Zip-1")
 * @param start    1-based first position within the block
 * @param end      1-based last position within the block
 * @param numeric  true for type N (right-justified, zero-filled), false for A (left-justified, space-padded)
 * @param required the CSV's "required" flag; informational only, since many IGD requirements are conditional
 */
record CsenetField(CsenetBlock block, String name, int start, int end, boolean numeric, boolean required) {

    public int length() {
        return end - start + 1;
    }
}
