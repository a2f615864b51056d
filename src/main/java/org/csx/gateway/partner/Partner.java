package org.csx.gateway.partner;

import org.csx.gateway.contract.QueueNames;

import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;

/** A partner the registry exchanges cases with, as configured (without its secret). */
public record Partner(String id, SenderKind kind, String name, List<String> locatorCodes, String countryCode) {

    /** Whether this partner may send as the given locator code (state, county or office granularity). */
    public boolean ownsLocatorCode(String locatorCode) {
        if (locatorCode == null) {
            return false;
        }
        for (String owned : locatorCodes) { // on every transmittal: a loop, not a stream
            if (locatorCode.startsWith(owned)) {
                return true;
            }
        }
        return false;
    }

    public String outboundQueue() {
        return QueueNames.partnerOutbound(id);
    }
}
