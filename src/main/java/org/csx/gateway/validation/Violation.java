package org.csx.gateway.validation;

/**
 * One thing wrong with a transmittal: a stable code, the element path where it is
 * (Transmittal/Participant[2]/Ssn) and one plain sentence. Never carries personal data.
 */
public record Violation(String code, String path, String message) {
}
