package org.csx.gateway.processing;

import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.intake.IntakeMessages;

/**
 * A batch pointer (an intake message for several transmittals, {@link IntakeMessages#batchPointer}) taken apart:
 * in routes/transmittal-processing.yaml each of its transmittals becomes a single pointer and goes through the one
 * processing flow; in routes/error-handling.yaml (a failed batch) each goes back on the intake queue alone.
 */
public class IntakeBatchSteps {

    public List<String> trackingIds(@Body String batchPointer) {
        List<String> ids = IntakeMessages.trackingIds(batchPointer);
        if (ids.isEmpty()) {
            throw new CorruptIntakeMessageException("The intake batch names no transmittal");
        }
        return ids;
    }

    /** The split's exchange for one tracking id becomes that transmittal's single pointer. */
    public void pointAt(Exchange exchange) {
        Message message = exchange.getMessage();
        String trackingId = message.getBody(String.class);
        message.removeHeader(MessageHeaders.INTAKE_BATCH);
        message.removeHeader(MessageHeaders.DUPLICATE_ID);
        message.setHeader(MessageHeaders.TRACKING_ID, trackingId);
        message.setBody(IntakeMessages.pointer(trackingId));
    }

    /**
     * The same, as a message of its own for the intake queue, with its own duplicate-detection id: a batch's
     * transmittals were never queued alone before.
     */
    public void alone(Exchange exchange) {
        pointAt(exchange);
        Message message = exchange.getMessage();
        message.setHeader(MessageHeaders.DUPLICATE_ID,
                IntakeMessages.intakeDuplicateId(message.getHeader(MessageHeaders.TRACKING_ID, String.class)));
    }
}
