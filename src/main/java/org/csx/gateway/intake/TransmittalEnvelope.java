package org.csx.gateway.intake;

import org.csx.gateway.contract.transmittal.SenderKind;

/**
 * The few header fields intake needs before anything else is checked: who claims to send it and
 * which serial number identifies it. Full validation happens afterwards, asynchronously.
 */
public record TransmittalEnvelope(
        SenderKind senderKind,
        String senderLocatorCode,
        String senderCountryCode,
        String transactionSerialNumber,
        String functionalType,
        String actionCode,
        String actionReason,
        String senderCaseId) {
}
