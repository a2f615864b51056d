package org.csx.gateway.registration;

import static org.csx.gateway.registration.RegistrationStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves between {@link RegistrationStatus} values. Pure table, no side effects.
 */
final class RegistrationLifecycle {

    private static final Map<RegistrationStatus, Set<RegistrationStatus>> ALLOWED =
            new EnumMap<>(RegistrationStatus.class);

    static {
        allow(RECEIVED, AWAITING_DOCUMENTS, SENT_TO_TRIBUNAL);
        allow(AWAITING_DOCUMENTS, SENT_TO_TRIBUNAL);
        allow(SENT_TO_TRIBUNAL, FILED);
        allow(FILED, NOTICE_SENT);
        allow(NOTICE_SENT, CONTEST_PERIOD);
        // §606: no timely contest -> confirmed by operation of law; the tribunal may also confirm.
        allow(CONTEST_PERIOD, CONFIRMED, CONTESTED);
        // §607: defence proven -> vacated; not proven -> confirming order.
        allow(CONTESTED, CONFIRMED, VACATED);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            if (s.isFinal()) {
                ALLOWED.put(s, Collections.unmodifiableSet(EnumSet.noneOf(RegistrationStatus.class)));
            } else {
                // Any non-final registration may be withdrawn (e.g. the initiating agency cancels).
                Set<RegistrationStatus> next = EnumSet.copyOf(ALLOWED.getOrDefault(s, Set.of(WITHDRAWN)));
                next.add(WITHDRAWN);
                ALLOWED.put(s, Collections.unmodifiableSet(next));
            }
        }
    }

    private RegistrationLifecycle() {
    }

    private static void allow(RegistrationStatus from, RegistrationStatus... to) {
        ALLOWED.put(from, EnumSet.of(to[0], to));
    }

    /** The states reachable in one step from {@code from}; empty for a final state. */
    public static Set<RegistrationStatus> allowedFrom(RegistrationStatus from) {
        return ALLOWED.get(from);
    }

    public static boolean isAllowed(RegistrationStatus from, RegistrationStatus to) {
        return allowedFrom(from).contains(to);
    }

    /** Returns {@code to} if the move is allowed, otherwise throws and nothing changes. */
    public static RegistrationStatus requireAllowed(RegistrationStatus from, RegistrationStatus to) {
        if (!isAllowed(from, to)) {
            throw new RegistrationTransitionRefused(from, to, allowedFrom(from));
        }
        return to;
    }
}
