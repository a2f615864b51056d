package org.csx.gateway.console;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csx.gateway.delivery.DeliveryHealth;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.PartnerDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The partner directory: configured partners, directory profiles with their agreements, delivery health. */
@Controller
class PartnerController {

    private final PartnerDirectory partners;
    private final JurisdictionDirectory jurisdictions;
    private final DeliveryHealth deliveries;

    PartnerController(PartnerDirectory partners, JurisdictionDirectory jurisdictions, DeliveryHealth deliveries) {
        this.partners = partners;
        this.jurisdictions = jurisdictions;
        this.deliveries = deliveries;
    }

    @GetMapping("/partners")
    String directory(Model model) {
        Map<String, DeliveryHealth.PartnerHealth> health = deliveries.byPartner().stream()
                .collect(Collectors.toMap(DeliveryHealth.PartnerHealth::partnerId, Function.identity()));
        model.addAttribute("partners", partners.all());
        model.addAttribute("profiles", jurisdictions.profiles().stream()
                .sorted(java.util.Comparator.comparing(p -> p.jurisdiction().name())).toList());
        model.addAttribute("health", health);
        return "console/partners";
    }
}
