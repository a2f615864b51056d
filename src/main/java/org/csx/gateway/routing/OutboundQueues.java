package org.csx.gateway.routing;

import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * The one way a route names a queue from a value it computed ({@code toD}): the value must be a district or a
 * partner the directories know, so nothing read from a message or the database becomes part of an endpoint URI
 * unchecked. An unknown id fails the exchange (rolled back, then dead-lettered), nothing is sent.
 */
@Component("outboundQueues")
public class OutboundQueues {

    private final DistrictDirectory districts;
    private final PartnerDirectory partners;

    public OutboundQueues(DistrictDirectory districts, PartnerDirectory partners) {
        this.districts = districts;
        this.partners = partners;
    }

    public String district(String districtId) {
        if (!districts.isDistrict(districtId)) {
            throw new IllegalArgumentException("No district has the id on this message; nothing sent");
        }
        return "district." + districtId + ".inbound";
    }

    public String partner(String partnerId) {
        return partners.find(partnerId)
                .orElseThrow(() -> new IllegalArgumentException("No partner has the id on this message; nothing sent"))
                .outboundQueue();
    }
}
