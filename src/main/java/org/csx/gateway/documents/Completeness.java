package org.csx.gateway.documents;

import java.util.List;
import java.util.Objects;

/**
 * The result of the central registry's completeness review (45 CFR 303.7(b)(2)(i)).
 *
 * @param missing   unconditional requirements not met: these make the case INCOMPLETE and are what the
 *                  acknowledgment asks for
 * @param toConfirm conditional requirements ("(c)" in the forms matrix) not met: they do not change the status, a
 *                  caseworker decides whether the condition applies
 */
public record Completeness(Status status, List<MissingDocument> missing, List<MissingDocument> toConfirm) {

    public enum Status { COMPLETE, INCOMPLETE }

    public Completeness {
        Objects.requireNonNull(status, "status");
        missing = List.copyOf(missing);
        toConfirm = List.copyOf(toConfirm);
        if ((status == Status.COMPLETE) != missing.isEmpty()) {
            throw new IllegalArgumentException("status " + status + " contradicts " + missing.size() + " missing items");
        }
    }

    static Completeness of(List<MissingDocument> missing, List<MissingDocument> toConfirm) {
        return new Completeness(missing.isEmpty() ? Status.COMPLETE : Status.INCOMPLETE, missing, toConfirm);
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }
}
