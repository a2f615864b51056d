package org.csx.gateway.processing;

/**
 * An intake-queue message that cannot be what intake put there (no tracking id, not XML). Not the
 * sender's fault, so not a rejection: it goes to the dead-letter queue for a person to look at.
 */
class CorruptIntakeMessageException extends RuntimeException {
    public CorruptIntakeMessageException(String message) {
        super(message);
    }
}
