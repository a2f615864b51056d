package org.csx.gateway.routing;

import org.csx.gateway.contract.QueueNames;

/** A local district: the office a case is forwarded to, and its queue district.&lt;id&gt;.inbound. */
public record District(String id, String name, String locatorCode) {

    public String inboundQueue() {
        return QueueNames.districtInbound(id);
    }
}
