package org.csx.gateway.validation;

/** Element paths used in violations; repeated elements carry a 1-based index, as XPath does. */
final class Paths {
    static final String ROOT = "Transmittal";
    static final String HEADER = ROOT + "/Header";
    static final String SENDER = HEADER + "/Sender";
    static final String CASE = ROOT + "/Case";
    static final String NCP_ID = ROOT + "/NcpIdentification";
    static final String NCP_LOCATE = ROOT + "/NcpLocate";
    static final String PARTICIPANT = ROOT + "/Participant";
    static final String ORDER = ROOT + "/Order";
    static final String COLLECTION = ROOT + "/Collection";
    static final String INFORMATION = ROOT + "/Information";

    private Paths() {
    }

    static String indexed(String path, int zeroBasedIndex) {
        return path + "[" + (zeroBasedIndex + 1) + "]";
    }

    /** "Participant[2]" style label for messages (the path without the Transmittal/ prefix). */
    static String label(String path) {
        return path.startsWith(ROOT + "/") ? path.substring(ROOT.length() + 1) : path;
    }
}
