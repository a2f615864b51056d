package org.csx.gateway.csenet;

import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.transmittal.TransmittalType;

/** Either the transmittal a record maps to, or the errors that prevent it (never both). */
public final class CsenetParseResult {
    private final TransmittalType transmittal;
    private final List<CsenetRecordError> errors;

    private CsenetParseResult(TransmittalType transmittal, List<CsenetRecordError> errors) {
        this.transmittal = transmittal;
        this.errors = List.copyOf(errors);
    }

    public static CsenetParseResult success(TransmittalType transmittal) {
        return new CsenetParseResult(transmittal, List.of());
    }

    public static CsenetParseResult failure(List<CsenetRecordError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A failed parse needs at least one error");
        }
        return new CsenetParseResult(null, errors);
    }

    public boolean isSuccess() {
        return transmittal != null;
    }

    public Optional<TransmittalType> transmittal() {
        return Optional.ofNullable(transmittal);
    }

    /** Empty on success. */
    public List<CsenetRecordError> errors() {
        return errors;
    }

    /** The first error (the one to put in a CSENet error-file record); empty on success. */
    public Optional<CsenetRecordError> firstError() {
        return errors.stream().findFirst();
    }

    @Override
    public String toString() {
        return isSuccess() ? "CsenetParseResult[success]" : "CsenetParseResult" + errors;
    }
}
