package org.csx.gateway.partner;

import java.util.List;
import java.util.Set;
import org.csx.gateway.contract.transmittal.FunctionalType;

/**
 * What the registry knows about one directory jurisdiction, as the federal Intergovernmental Reference Guide keeps a
 * profile per state: how to reach it, what it exchanges with us, whom to call, and its additions to the
 * required-documents checklist. Built by {@link JurisdictionDirectory} from the shipped table and
 * {@code csx.directory.profiles}.
 */
public record PartnerProfile(Jurisdiction jurisdiction, Channels channels, Set<FunctionalType> agreement,
                             List<Contact> contacts, List<DocumentOverride> documentOverrides) {

    public PartnerProfile {
        agreement = Set.copyOf(agreement);
        contacts = List.copyOf(contacts);
        documentOverrides = List.copyOf(documentOverrides);
    }

    public boolean exchanges(FunctionalType function) {
        return agreement.contains(function);
    }

    /**
     * How messages reach the partner. Data only, for the delivery to come: the SOAP endpoint (the exchange WSDL)
     * and a <em>reference</em> to the credentials or client certificate we use there (a vault path or key alias,
     * never the secret itself); whether it takes CSENet files; a queue it consumes.
     */
    public record Channels(String soapEndpoint, String credentialsReference, boolean csenetFiles, String queue) {
    }

    /** A person or office to call about cases (IRG contact). */
    public record Contact(String role, String name, String phone, String email) {
    }

    /**
     * One change to the federal required-documents checklist for requests from this jurisdiction (IRG profile):
     * ADD puts a requirement in (replacing the federal one for the same request and document type), REMOVE takes the
     * document type out. Request type, document type and basis are the names the documents package uses
     * ({@code documents.RequestType}, {@code DocumentTypeCode}, {@code documents.Basis}); it checks them at start-up.
     */
    public record DocumentOverride(String operation, String requestType, String documentType, Integer minCount,
                                   Integer certifiedCount, String condition, String source, String basis) {
    }
}
