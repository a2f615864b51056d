package org.csx.gateway.contract;

/**
 * How every queue the outside reads or writes is named: part of the contract districts, courts and partners
 * consume. One place; the broker's permissions (identity.BrokerPermissions) and every sender use it, and a name
 * built from an id the gateway holds is checked against the directories first (routing.OutboundQueues).
 */
public final class QueueNames {

    private QueueNames() {
    }

    /** Referrals, documents notices and registration updates for a district. */
    public static String districtInbound(String districtId) {
        return "district." + districtId + ".inbound";
    }

    /** What a district sends: responses, updates and requests to other jurisdictions (docs/way-back.md). */
    public static String districtOutbound(String districtId) {
        return "district." + districtId + ".outbound";
    }

    /** Where a district's refused messages come back, with every violation. */
    public static String districtRejections(String districtId) {
        return "district." + districtId + ".rejections";
    }

    /** Every queue of a district (its permissions). */
    public static String districtAll(String districtId) {
        return "district." + districtId + ".#";
    }

    /** What the gateway sends a partner: acknowledgments, status answers, reminders, registration replies. */
    public static String partnerOutbound(String partnerId) {
        return "partner." + partnerId + ".outbound";
    }

    /** Registration packets and notices for the court of a county (5-digit FIPS). */
    public static String courtRegistrations(String county) {
        return "court." + county + ".registrations";
    }

    /** Where the court of a county answers. */
    public static String courtResponses(String county) {
        return "court." + county + ".responses";
    }
}
