package org.csx.gateway.registration;

import java.util.List;
import java.util.Objects;

/** Result of {@link RegistrationRequirements#check}: the unmet requirements, in statute order. */
record RegistrationCheck(List<MissingRequirement> missing) {

    public RegistrationCheck {
        missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
    }

    /** Ready when nothing blocking is missing ("if known" items may still be listed). */
    public boolean readyToFile() {
        return missing.stream().noneMatch(m -> m.requirement().blocking());
    }

    public List<FilingRequirement> requirements() {
        return missing.stream().map(MissingRequirement::requirement).toList();
    }
}
