package org.csx.gateway.documents;

import org.csx.gateway.contract.exchange.IntakeFaultCode;

/** A document the registry will not take (too large, wrong type, content not what it claims, no case). */
public class DocumentRefusedException extends RuntimeException {

    private final IntakeFaultCode code;

    public DocumentRefusedException(IntakeFaultCode code, String message) {
        super(message);
        this.code = code;
    }

    public IntakeFaultCode code() {
        return code;
    }
}
