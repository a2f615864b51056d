package org.csx.gateway.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * What another feature's law requires of a case beyond the forms checklist, evaluated on the same documents
 * (registration: UIFSA §602 and §706). The case review merges it into its one verdict, so the sender gets one
 * "documents needed" message naming everything. Implemented outside this package: documents never depends on
 * the features that use it.
 */
public interface StatutoryRequirements {

    /** Empty when the transmittal is not this law's concern. */
    Optional<Verdict> evaluate(TransmittalType transmittal, List<ReceivedDocument> held);

    /**
     * @param displaced checklist document types this law decides alone (their checklist items give way to it)
     * @param missing   what blocks, each mapped onto a {@link DocumentTypeCode} (OTHER for information, not papers)
     * @param ifKnown   what is asked for "if known": reported, never blocking
     */
    record Verdict(Set<DocumentTypeCode> displaced, List<MissingDocument> missing, List<MissingDocument> ifKnown) {
        public Verdict {
            displaced = Set.copyOf(Objects.requireNonNull(displaced, "displaced"));
            missing = List.copyOf(missing);
            ifKnown = List.copyOf(ifKnown);
        }
    }
}
