package org.csx.gateway.routing;

import org.csx.gateway.contract.QueueNames;

import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.Partner;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * The one way the gateway names a queue from an id it holds: the id must be a district or a partner the
 * directories know, so nothing read from a message or the database becomes a queue name unchecked. An unknown id
 * fails the step (rolled back, then dead-lettered), nothing is sent.
 */
@Component("outboundQueues")
public class OutboundQueues {

    private final DistrictDirectory districts;
    private final PartnerDirectory partners;
    private final JurisdictionDirectory jurisdictions;

    public OutboundQueues(DistrictDirectory districts, PartnerDirectory partners, JurisdictionDirectory jurisdictions) {
        this.districts = districts;
        this.partners = partners;
        this.jurisdictions = jurisdictions;
    }

    public String district(String districtId) {
        if (!districts.isDistrict(districtId)) {
            throw new IllegalArgumentException("No district has the id on this message; nothing sent");
        }
        return QueueNames.districtInbound(districtId);
    }

    /** Where a district gets back what it sent and the registry refused (docs/way-back.md). */
    public String districtRejections(String districtId) {
        if (!districts.isDistrict(districtId)) {
            throw new IllegalArgumentException("No district has the id on this message; nothing sent");
        }
        return QueueNames.districtRejections(districtId);
    }

    /**
     * A configured partner's queue, or that of a directory jurisdiction sending CSENet files without a configured
     * partner (its directory id is its partner id; its messages become CSENet files from this queue).
     */
    public String partner(String partnerId) {
        return partners.find(partnerId).map(Partner::outboundQueue)
                .or(() -> jurisdictions.find(partnerId).map(j -> QueueNames.partnerOutbound(j.id())))
                .orElseThrow(() -> new IllegalArgumentException("No partner has the id on this message; nothing sent"));
    }
}
