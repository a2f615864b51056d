package org.csx.gateway.csenet;

/**
 * What became of one inbox file: records read, queued for processing, resends of transmittals already stored
 * (not queued again) and refused records (each with an error record in its partner's error file).
 * {@code duplicate}: the same bytes were already processed as a whole; nothing was done.
 */
record CsenetFileSummary(String fileName, String sha256, boolean duplicate, long records, long queued,
                                long resent, long refused) {

    static CsenetFileSummary duplicateOf(String fileName, String sha256) {
        return new CsenetFileSummary(fileName, sha256, true, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return duplicate
                ? "CSENet file " + fileName + " already processed (sha256 " + sha256.substring(0, 12) + "...): skipped"
                : "CSENet file " + fileName + ": " + records + " record(s), " + queued + " queued, " + resent
                        + " resent, " + refused + " refused";
    }
}
