package org.csx.gateway.processing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.Violation;

/**
 * One transmittal as it goes through the processing route, carried in the exchange property
 * {@code transmittal}. Each step reads what earlier steps found and adds its own finding.
 */
public class TransmittalInProcess {

    private final UUID trackingId;
    private final String partnerId;
    private final String channel;
    private final String transactionSerialNumber;
    private final OffsetDateTime receivedAt;
    private final String rawXml;
    private TransmittalType transmittal;
    private List<Violation> violations = List.of();
    private District district;
    private String routingProblem;
    private boolean caseNotHeld;

    public TransmittalInProcess(UUID trackingId, String partnerId, String channel, String transactionSerialNumber,
                                OffsetDateTime receivedAt, String rawXml) {
        this.trackingId = trackingId;
        this.partnerId = partnerId;
        this.channel = channel;
        this.transactionSerialNumber = transactionSerialNumber;
        this.receivedAt = receivedAt;
        this.rawXml = rawXml;
    }

    public UUID getTrackingId() { return trackingId; }
    public String getPartnerId() { return partnerId; }
    public String getChannel() { return channel; }
    /** As read at intake, so even a schema-invalid transmittal's rejection can name it. */
    public String getTransactionSerialNumber() { return transactionSerialNumber; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public String getRawXml() { return rawXml; }
    public TransmittalType getTransmittal() { return transmittal; }
    public List<Violation> getViolations() { return violations; }
    public District getDistrict() { return district; }
    public String getRoutingProblem() { return routingProblem; }

    /** Used by the route: valid transmittals go on, the others are rejected. */
    public boolean isRejected() {
        return !violations.isEmpty();
    }

    /** Used by the route: a district was found. */
    public boolean isRouted() {
        return district != null;
    }

    public String getDistrictId() {
        return district == null ? null : district.id();
    }

    void markAccepted(TransmittalType parsed) {
        this.transmittal = parsed;
        this.violations = List.of();
    }

    void markRejected(List<Violation> found, TransmittalType parsedIfAny) {
        this.transmittal = parsedIfAny;
        this.violations = List.copyOf(found);
    }

    /** Valid, but an update, response or cancel naming a case the registry does not hold: answered MSC P REJCT. */
    void markCaseNotHeld(TransmittalType parsed, Violation why) {
        markRejected(List.of(why), parsed);
        this.caseNotHeld = true;
    }

    public boolean isCaseNotHeld() {
        return caseNotHeld;
    }

    void markRoutedTo(District chosen) {
        this.district = chosen;
    }

    void markUnroutable(String problem) {
        this.routingProblem = problem;
    }
}
