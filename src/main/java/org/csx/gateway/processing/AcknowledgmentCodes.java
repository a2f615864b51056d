package org.csx.gateway.processing;

import java.util.Optional;
import org.csx.gateway.validation.FarCodeTable;

/**
 * The CSENet acknowledgment a central registry sends for a request: function + A + reason, where the
 * valid-transactions table has one (ANOAD "no further information required" for PAT, EST and ENF;
 * a blank reason for LO1). Functions with no acknowledgment row (CSI, COL, MSC) get none.
 * When the completeness review finds documents missing, a function that has one gets AADIN ("additional
 * information needed to proceed") instead of ANOAD; the acknowledgment then lists exactly what is missing.
 */
class AcknowledgmentCodes {

    public record Code(String functionalType, String actionCode, String actionReason) {
    }

    static final String NO_FURTHER_INFORMATION = "ANOAD";
    static final String ADDITIONAL_INFORMATION_NEEDED = "AADIN";

    private final FarCodeTable farCodes;

    public AcknowledgmentCodes(FarCodeTable farCodes) {
        this.farCodes = farCodes;
    }

    /** The acknowledgment for a request whose completeness review found everything, or had nothing to check. */
    public Optional<Code> forRequest(String functionalType) {
        return forRequest(functionalType, true);
    }

    /** The acknowledgment for a request, AADIN when documents are missing and the function has that code. */
    public Optional<Code> forRequest(String functionalType, boolean documentsComplete) {
        if (!documentsComplete && farCodes.isValid(functionalType, "A", ADDITIONAL_INFORMATION_NEEDED)) {
            return Optional.of(new Code(functionalType, "A", ADDITIONAL_INFORMATION_NEEDED));
        }
        if (farCodes.isValid(functionalType, "A", NO_FURTHER_INFORMATION)) {
            return Optional.of(new Code(functionalType, "A", NO_FURTHER_INFORMATION));
        }
        if (farCodes.isValid(functionalType, "A", null)) {
            return Optional.of(new Code(functionalType, "A", null));
        }
        return Optional.empty();
    }
}
