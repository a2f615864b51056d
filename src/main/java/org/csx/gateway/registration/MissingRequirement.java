package org.csx.gateway.registration;

import java.util.Objects;

/** A requirement the request does not meet, with a plain sentence (statute text plus what was found). */
record MissingRequirement(FilingRequirement requirement, String sentence) {

    public MissingRequirement {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(sentence, "sentence");
    }

    static MissingRequirement of(FilingRequirement requirement) {
        return new MissingRequirement(requirement, requirement.sentence() + " (" + requirement.section() + ")");
    }

    static MissingRequirement of(FilingRequirement requirement, String found) {
        return new MissingRequirement(requirement,
                requirement.sentence() + " " + found + " (" + requirement.section() + ")");
    }
}
