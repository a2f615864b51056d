package org.csx.gateway.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.SenderType;

/**
 * Which functional types a sender's jurisdiction exchanges with this registry (its CSENet exchange agreement,
 * domain brief 1.1). Implemented by the partner directory; the validation package only asks.
 */
public interface ExchangeAgreements {

    /** No agreement restricts anyone: every sender exchanges everything (unit tests, a registry without a directory). */
    ExchangeAgreements NONE = sender -> Optional.empty();

    /** The agreement of the jurisdiction the sender speaks for; empty when no directory entry names it. */
    Optional<Agreement> forSender(SenderType sender);

    /** @param jurisdiction the jurisdiction's name, for the violation's sentence */
    record Agreement(String jurisdiction, Set<FunctionalType> functions) {
        public Agreement {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            functions = Set.copyOf(functions);
        }
    }
}
