package org.csx.gateway.registration;

/**
 * A court answer the gateway will not apply: it changed nothing and was recorded in
 * registration_refusal. Becomes a SOAP fault (CourtAnswerFault) for the court.
 */
class CourtAnswerRefused extends RuntimeException {

    public enum Code { UNKNOWN_REGISTRATION, OUT_OF_ORDER, INVALID_ANSWER, NOT_A_COURT }

    private final Code code;

    public CourtAnswerRefused(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
