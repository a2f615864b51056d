package org.csx.gateway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csx.gateway.contract.transmittal.DocumentTypeCode;

/**
 * The required-documents checklist per request type (the forms matrix, domain brief §2.2), with each partner
 * state's additions and removals (its partner profile's document overrides, docs/partners.md), and the completeness review of what has been received. Immutable and
 * thread-safe; evaluate again whenever a document arrives late.
 *
 * <p>Order copies: a certified copy is a copy, so it counts toward "two copies" as well as toward "one certified".
 * One {@code ORDER_COPY} plus one {@code CERTIFIED_ORDER_COPY} satisfies "two copies, one certified"; two certified
 * copies do too; two plain copies still lack the certified one.
 */
final class DocumentChecklist {

    public static final String DEFAULT_REQUIREMENTS = "/documents/required-documents.csv";

    private final List<Requirement> requirements;
    private final Map<RequestType, List<Requirement>> federal;
    private final Map<String, Map<RequestType, List<Requirement>>> byPartnerState;

    private DocumentChecklist(List<Requirement> requirements, List<RequirementOverride> overrides) {
        this.requirements = List.copyOf(requirements);
        Map<RequestType, Map<DocumentTypeCode, Requirement>> base = new EnumMap<>(RequestType.class);
        for (Requirement r : requirements) {
            if (base.computeIfAbsent(r.requestType(), t -> new LinkedHashMap<>()).put(r.documentType(), r) != null) {
                throw new IllegalArgumentException("two requirements for " + r.requestType() + " / " + r.documentType());
            }
        }
        for (RequestType type : RequestType.values()) {
            if (!base.containsKey(type)) {
                throw new IllegalArgumentException("no requirements for " + type);
            }
        }
        this.federal = freeze(base);

        Map<String, Map<RequestType, Map<DocumentTypeCode, Requirement>>> states = new HashMap<>();
        for (RequirementOverride o : overrides) {
            var state = states.computeIfAbsent(o.partnerStateFips(), s -> copy(base));
            var lines = state.get(o.requestType());
            switch (o.operation()) {
                case ADD -> lines.put(o.documentType(), o.added());
                case REMOVE -> lines.remove(o.documentType());
            }
        }
        Map<String, Map<RequestType, List<Requirement>>> frozen = new HashMap<>();
        states.forEach((fips, state) -> frozen.put(fips, freeze(state)));
        this.byPartnerState = Map.copyOf(frozen);
    }

    /**
     * The federal checklist shipped with the gateway ({@value #DEFAULT_REQUIREMENTS}), without partner overrides: those
     * live in the partner profiles ({@link #withOverrides}, {@link ProfileOverrides}).
     */
    public static DocumentChecklist fromClasspath() {
        try (Reader requirements = open(DEFAULT_REQUIREMENTS)) {
            return load(requirements, DEFAULT_REQUIREMENTS, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DocumentChecklist load(Reader requirements, String requirementsName, List<RequirementOverride> overrides) {
        return new DocumentChecklist(ChecklistCsv.readRequirements(requirements, requirementsName), overrides);
    }

    /** The same federal checklist with these partner-state overrides (from the partner profiles). */
    public DocumentChecklist withOverrides(List<RequirementOverride> overrides) {
        return new DocumentChecklist(requirements, overrides);
    }

    /**
     * The requirements that apply to a request from a partner state. {@code partnerStateFips} is the 2-digit state
     * FIPS code; null (a tribe or a country) or a state without overrides gets the federal checklist.
     */
    public List<Requirement> requirementsFor(RequestType type, String partnerStateFips) {
        Objects.requireNonNull(type, "type");
        return byPartnerState.getOrDefault(partnerStateFips == null ? "" : partnerStateFips, federal).get(type);
    }

    public Completeness evaluate(RequestType type, String partnerStateFips, List<ReceivedDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        List<MissingDocument> missing = new ArrayList<>();
        List<MissingDocument> toConfirm = new ArrayList<>();
        for (Requirement requirement : requirementsFor(type, partnerStateFips)) {
            shortfall(requirement, documents).forEach(requirement.isConditional()
                    ? item -> toConfirm.add(conditional(requirement, item))
                    : missing::add);
        }
        return Completeness.of(missing, toConfirm);
    }

    private static List<MissingDocument> shortfall(Requirement r, List<ReceivedDocument> documents) {
        List<ReceivedDocument> matching = documents.stream().filter(d -> satisfies(d, r.documentType())).toList();
        int received = matching.size();
        int certified = (int) matching.stream().filter(ReceivedDocument::isCertified).count();
        int certifiedShort = Math.max(0, r.certifiedCount() - certified);
        // Each certified copy still to come also counts toward the total, so ask only for the rest as plain copies.
        int plainShort = Math.max(0, r.minCount() - received - certifiedShort);

        List<MissingDocument> result = new ArrayList<>();
        if (certifiedShort > 0) {
            DocumentTypeCode type = r.documentType() == DocumentTypeCode.ORDER_COPY
                    ? DocumentTypeCode.CERTIFIED_ORDER_COPY : r.documentType();
            result.add(new MissingDocument(type, certifiedShort,
                    DocumentWording.required(r.documentType(), true, r.certifiedCount(), certified, r.source())));
        }
        if (plainShort > 0) {
            String reason = DocumentWording.required(r.documentType(), false, r.minCount(), received, r.source());
            if (certifiedShort > 0) {
                reason += "; the certified copy counts as one of them";
            }
            result.add(new MissingDocument(r.documentType(), plainShort, reason));
        }
        return result;
    }

    /** An order-copy requirement takes certified copies too; a certified-copy requirement only certified ones. */
    private static boolean satisfies(ReceivedDocument d, DocumentTypeCode required) {
        return switch (required) {
            case ORDER_COPY -> d.isOrderCopy();
            case CERTIFIED_ORDER_COPY -> d.isOrderCopy() && d.isCertified();
            default -> d.type() == required;
        };
    }

    private static MissingDocument conditional(Requirement r, MissingDocument item) {
        String reason = item.reason();
        return new MissingDocument(item.type(), item.missingCount(),
                "If " + r.condition() + ", " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
    }

    private static Reader open(String resource) {
        InputStream in = DocumentChecklist.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no classpath resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Map<RequestType, Map<DocumentTypeCode, Requirement>> copy(
            Map<RequestType, Map<DocumentTypeCode, Requirement>> base) {
        Map<RequestType, Map<DocumentTypeCode, Requirement>> copy = new EnumMap<>(RequestType.class);
        base.forEach((type, lines) -> copy.put(type, new LinkedHashMap<>(lines)));
        return copy;
    }

    private static Map<RequestType, List<Requirement>> freeze(Map<RequestType, Map<DocumentTypeCode, Requirement>> lines) {
        Map<RequestType, List<Requirement>> frozen = new EnumMap<>(RequestType.class);
        lines.forEach((type, byDocument) -> frozen.put(type, List.copyOf(byDocument.values())));
        return Collections.unmodifiableMap(frozen);
    }
}
