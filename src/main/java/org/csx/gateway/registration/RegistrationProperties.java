package org.csx.gateway.registration;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.registration.*}: how registrations of out-of-state and foreign orders are handled. */
@ConfigurationProperties(prefix = "csx.registration")
public class RegistrationProperties {

    /**
     * Countries (ISO 3166-1 alpha-2) for which an order sent by their central authority is a Hague 2007
     * Convention support order (§706/§707). Other foreign orders register under Article 6.
     */
    private List<String> conventionCountries = new ArrayList<>();


    public List<String> getConventionCountries() { return conventionCountries; }
    public void setConventionCountries(List<String> conventionCountries) { this.conventionCountries = conventionCountries; }
}
