package org.csx.gateway.documents;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.partner.JurisdictionDirectory;
import org.csx.gateway.partner.PartnerProfile;

/**
 * The checklist overrides of every partner profile (csx.directory.profiles.&lt;id&gt;.document-overrides), as the
 * checklist reads them. The checklist keys overrides by the initiating state's FIPS code (the only thing a CSENet
 * or SOAP transmittal from a state says about where it comes from), so only state profiles may carry them; one on a
 * tribe's or a country's profile is refused at start-up rather than silently ignored.
 */
final class ProfileOverrides {

    private ProfileOverrides() {
    }

    static List<RequirementOverride> of(JurisdictionDirectory directory) {
        List<RequirementOverride> overrides = new ArrayList<>();
        for (PartnerProfile profile : directory.profiles()) {
            if (profile.documentOverrides().isEmpty()) {
                continue;
            }
            String id = profile.jurisdiction().id();
            if (profile.jurisdiction().kind() != SenderKind.STATE_IV_D_AGENCY) {
                throw new IllegalStateException("csx.directory.profiles." + id + ".document-overrides: the checklist"
                        + " takes overrides for states only");
            }
            for (PartnerProfile.DocumentOverride o : profile.documentOverrides()) {
                try {
                    overrides.add(RequirementOverride.fromProfile(profile.jurisdiction().stateFips(), o));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("csx.directory.profiles." + id + ".document-overrides: "
                            + e.getMessage(), e);
                }
            }
        }
        return overrides;
    }
}
