package org.csx.gateway.validation;

import java.util.List;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * The sender must be identifiable for its kind: a locator code for state IV-D agencies, tribunals and tribal
 * IV-D programs; a country code for foreign central authorities. Replies and routing depend on it.
 */
final class SenderIdentityRule implements TransmittalRule {
    public static final String SENDER_IDENTITY_INCOMPLETE = "SENDER_IDENTITY_INCOMPLETE";

    @Override
    public void check(TransmittalType t, List<Violation> violations) {
        SenderType sender = t == null || t.getHeader() == null ? null : t.getHeader().getSender();
        if (sender == null || sender.getKind() == null) {
            return; // the schema requires the sender and its kind
        }
        switch (sender.getKind()) {
            case STATE_IV_D_AGENCY, TRIBUNAL, TRIBAL_IV_D_PROGRAM -> {
                if (isBlank(sender.getLocatorCode())) {
                    violations.add(new Violation(SENDER_IDENTITY_INCOMPLETE, Paths.SENDER + "/LocatorCode",
                            "A sender of kind " + sender.getKind().value() + " must give its locator code."));
                }
            }
            case FOREIGN_CENTRAL_AUTHORITY -> {
                if (isBlank(sender.getCountryCode())) {
                    violations.add(new Violation(SENDER_IDENTITY_INCOMPLETE, Paths.SENDER + "/CountryCode",
                            "A foreign central authority must give its country code (ISO 3166-1 alpha-2)."));
                }
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
