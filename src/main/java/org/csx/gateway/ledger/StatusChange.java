package org.csx.gateway.ledger;

/** One recorded step in a transmittal's life: the status reached and a short, PII-free detail. */
public record StatusChange(TransmittalStatus status, String detail) {
}
