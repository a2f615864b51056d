package org.csx.gateway.scaleout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * How many referrals reached the district queues in a time window: the outbox rows for {@code district.*.inbound}
 * the relay marked DELIVERED (it does so only after the broker committed them) between {@code --from} and
 * {@code --to} (epoch milliseconds). Prints the count. The broker's own counters are not readable here: the
 * repository's broker.xml gives the administrator no SEND on its management reply queue (docs/fault-scripts.md).
 * Not a test: run by src/test/scripts/scaleout.
 */
public final class DistrictForwards {

    private DistrictForwards() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        try (Connection db = DriverManager.getConnection(o.get("jdbc-url"), o.get("db-user"), o.get("db-password"));
             PreparedStatement count = db.prepareStatement("""
                     SELECT count(*) FROM outbox_message
                     WHERE destination LIKE 'district.%.inbound' AND status = 'DELIVERED'
                       AND delivered_at >= ? AND delivered_at < ?""")) {
            count.setTimestamp(1, new Timestamp(Long.parseLong(o.get("from"))));
            count.setTimestamp(2, new Timestamp(Long.parseLong(o.get("to"))));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                System.out.println(rs.getLong(1));
            }
        }
    }
}
