package org.csx.gateway.intake;

import org.csx.gateway.contract.exchange.IntakeFaultCode;

/** A transmittal the gateway will not take in; nothing of it was stored. Becomes a SOAP fault. */
public class IntakeRefusedException extends RuntimeException {

    private final IntakeFaultCode code;

    public IntakeRefusedException(IntakeFaultCode code, String message) {
        super(message);
        this.code = code;
    }

    public IntakeFaultCode code() {
        return code;
    }
}
