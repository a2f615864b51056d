package org.csx.gateway.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csx.gateway.faults.FaultPartners.FaultPartner;

/**
 * The LO1 transmittals of the fault load: the quick locate example (schemas/examples/lo1-request.xml) with
 * the partner's sender, a serial number and one of five receiving districts. A transmittal is a function of
 * (partner, serial number) only, so a resend is byte for byte the first sending.
 */
final class FaultTransmittals {

    /** Albany, Erie, Monroe, Onondaga, and New York County (part of the New York City district). */
    private static final String[] RECEIVER_COUNTIES = {"001", "029", "055", "067", "061"};
    private static final Pattern TRACKING_ID = Pattern.compile("<(?:[\\w.-]+:)?TrackingId>([^<]+)</");
    private static final Pattern RESENT = Pattern.compile("<(?:[\\w.-]+:)?Resent>([^<]+)</");
    private static final Pattern RECEIVED_AT = Pattern.compile("<(?:[\\w.-]+:)?ReceivedAt>([^<]+)</");
    private static final Pattern FAULT = Pattern.compile("<(?:[\\w.-]+:)?faultstring[^>]*>([^<]*)</");
    private static final Pattern FAULT_CODE = Pattern.compile("<(?:[\\w.-]+:)?(?:Code|FaultCode)>([A-Z_]+)</");

    /** What a SubmitTransmittal answer said: a receipt, or why not. */
    record Answer(boolean receipt, String trackingId, boolean resent, String receivedAt, String fault) {
        static Answer failed(String why) {
            return new Answer(false, null, false, null, why);
        }
    }

    private final String template;

    FaultTransmittals() {
        try (InputStream in = FaultTransmittals.class.getResourceAsStream("/examples/lo1-request.xml")) {
            if (in == null) {
                throw new IllegalStateException("examples/lo1-request.xml is not on the test classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                    .replaceFirst("<!--.*?-->\\s*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String serial(long n) {
        return String.format("%012d", n);
    }

    /** The district id a serial number's transmittal is routed to (district.&lt;id&gt;.inbound). */
    static String districtOf(String serial) {
        String county = receiverCounty(serial);
        return "061".equals(county) ? "nyc" : "36" + county;
    }

    static String[] districtIds() {
        String[] ids = new String[RECEIVER_COUNTIES.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "061".equals(RECEIVER_COUNTIES[i]) ? "nyc" : "36" + RECEIVER_COUNTIES[i];
        }
        return ids;
    }

    private static String receiverCounty(String serial) {
        return RECEIVER_COUNTIES[(int) (Long.parseLong(serial) % RECEIVER_COUNTIES.length)];
    }

    /** The Transmittal element. */
    String transmittal(FaultPartner partner, String serial) {
        return template
                .replace("<LocatorCode>0603700</LocatorCode>", "<LocatorCode>" + partner.locatorCode() + "</LocatorCode>")
                .replace("<Name>California DCSS, Los Angeles</Name>", "<Name>Fault load " + partner.id() + "</Name>")
                .replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                        "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>")
                .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>",
                        "<ReceiverLocatorCode>36" + receiverCounty(serial) + "00</ReceiverLocatorCode>");
    }

    String soapRequest(FaultPartner partner, String serial) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + transmittal(partner, serial) + "</soap:Body></soap:Envelope>";
    }

    static Answer parse(int httpStatus, String body) {
        Matcher tracking = TRACKING_ID.matcher(body);
        if (httpStatus == 200 && tracking.find()) {
            Matcher resent = RESENT.matcher(body);
            Matcher receivedAt = RECEIVED_AT.matcher(body);
            return new Answer(true, tracking.group(1).trim(), resent.find() && "true".equals(resent.group(1).trim()),
                    receivedAt.find() ? receivedAt.group(1).trim() : "", null);
        }
        Matcher fault = FAULT.matcher(body);
        Matcher code = FAULT_CODE.matcher(body);
        String why = "HTTP " + httpStatus + (code.find() ? " " + code.group(1) : "")
                + (fault.find() ? ": " + fault.group(1) : "");
        return Answer.failed(why.length() > 160 ? why.substring(0, 160) : why);
    }
}
