package org.csx.gateway.delivery;

import org.csx.gateway.audit.StaffActions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do with a delivery to a partner that failed for good (the console's worklist): send it again, once,
 * after the partner's endpoint or our credentials were fixed; or close it with a reason (the partner got it by other
 * means), which drops the body it kept. Each action is recorded with the staff member (audit.StaffActions), in the
 * same transaction as the change.
 */
public class FailedDeliveries {

    /** A refused action, with the sentence the console shows. */
    public static class DeliveryActionRefused extends RuntimeException {
        DeliveryActionRefused(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StaffActions actions;
    private final PartnerDeliveryWorker worker;

    FailedDeliveries(JdbcTemplate jdbc, TransactionTemplate transaction, StaffActions actions, PartnerDeliveryWorker worker) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.actions = actions;
        this.worker = worker;
    }

    /**
     * Due now again, for one more attempt (its attempts are kept, so another failure fails it again at once rather
     * than starting the whole retry schedule over).
     */
    public void sendAgain(long id, String staff) {
        transaction.executeWithoutResult(tx -> {
            int changed = jdbc.update("""
                    UPDATE partner_delivery SET status = 'RETRYING', next_attempt_at = now(), finished_at = NULL
                    WHERE id = ? AND status = 'FAILED' AND closed_at IS NULL AND body IS NOT NULL
                    """, id);
            if (changed == 0) {
                throw new DeliveryActionRefused("Delivery " + id + " is not a failed delivery that can be sent again.");
            }
            actions.record(staff, "SEND_DELIVERY_AGAIN", "partner_delivery", String.valueOf(id), "one more attempt");
        });
        worker.wake();
    }

    /** Off the worklist, with the reason; the body it kept is dropped. */
    public void close(long id, String reason, String staff) {
        if (reason == null || reason.isBlank()) {
            throw new DeliveryActionRefused("Give the reason for closing the delivery.");
        }
        String why = reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip();
        transaction.executeWithoutResult(tx -> {
            int changed = jdbc.update("""
                    UPDATE partner_delivery SET closed_at = now(), closed_by = ?, close_reason = ?, body = NULL
                    WHERE id = ? AND status = 'FAILED' AND closed_at IS NULL
                    """, staff, why, id);
            if (changed == 0) {
                throw new DeliveryActionRefused("Delivery " + id + " is not an open failed delivery: nothing was changed.");
            }
            actions.record(staff, "CLOSE_DELIVERY", "partner_delivery", String.valueOf(id), why);
        });
    }
}
