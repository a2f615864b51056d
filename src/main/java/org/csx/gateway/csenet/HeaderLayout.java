package org.csx.gateway.csenet;

/**
 * The two CSENet header variants (brief 1.7/1.8). Positions 1-96 are the same in both.
 * <ul>
 *   <li>{@link #RECEIVED}: chart C-4, 121 bytes, records the CSENet server delivers to a state. The server has
 *       swapped FIPS codes and case ids so that "Local" is the receiver.</li>
 *   <li>{@link #SENT}: chart C-3, 127 bytes, records a state sends to the server. "Local" is the sender.</li>
 * </ul>
 * The variant therefore decides both the header length and which side of the exchange "Local" means.
 */
public enum HeaderLayout {
    RECEIVED(121),
    SENT(127);

    private final int length;

    HeaderLayout(int length) {
        this.length = length;
    }

    public int length() {
        return length;
    }
}
