package org.csx.gateway.validation;

import java.util.Objects;

/**
 * One broken rule in a transmittal.
 *
 * @param code    stable UPPER_SNAKE identifier, safe to match on
 * @param path    element path such as {@code Transmittal/Participant[2]/Ssn} (1-based index for repeated elements)
 * @param message one plain English sentence for a caseworker in the sending state; never carries an SSN,
 *                a date of birth or a person's name, because violations are logged and stored
 */
public record Violation(String code, String path, String message) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
