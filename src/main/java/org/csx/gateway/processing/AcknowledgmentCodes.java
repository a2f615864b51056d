package org.csx.gateway.processing;

import java.util.Optional;
import org.csx.gateway.validation.FarCodeTable;

/**
 * The CSENet acknowledgment a central registry sends for a request: function + A + reason, where the
 * valid-transactions table has one (ANOAD "no further information required" for PAT, EST and ENF;
 * a blank reason for LO1). Functions with no acknowledgment row (CSI, COL, MSC) get none.
 * Whether documents are missing (AADIN) is decided by the document checklist, which refines this.
 */
public class AcknowledgmentCodes {

    public record Code(String functionalType, String actionCode, String actionReason) {
    }

    static final String NO_FURTHER_INFORMATION = "ANOAD";

    private final FarCodeTable farCodes;

    public AcknowledgmentCodes(FarCodeTable farCodes) {
        this.farCodes = farCodes;
    }

    public Optional<Code> forRequest(String functionalType) {
        if (farCodes.isValid(functionalType, "A", NO_FURTHER_INFORMATION)) {
            return Optional.of(new Code(functionalType, "A", NO_FURTHER_INFORMATION));
        }
        if (farCodes.isValid(functionalType, "A", null)) {
            return Optional.of(new Code(functionalType, "A", null));
        }
        return Optional.empty();
    }
}
