package org.csx.gateway.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every read of personal data through the API before it is served: if the record cannot be written the
 * request fails and nothing is shown (fail closed). Registered for the paths in {@link AuditConfiguration#AUDITED_READS};
 * only reads (GET, HEAD) are recorded here.
 *
 * <ul>
 *   <li>who: {@link HttpServletRequest#getUserPrincipal()} (set by the authentication in front), else "anonymous";</li>
 *   <li>what: method and endpoint pattern (e.g. {@code GET /api/registrations/{id}/notice}), the subject's kind and
 *       id (the path variable; for a search, its criteria);</li>
 *   <li>why: the {@code X-Purpose} header or the {@code purpose} request parameter, as the caller gave it;</li>
 *   <li>when and from where: the time and the client address.</li>
 * </ul>
 */
class PersonalDataReadAuditor implements HandlerInterceptor {

    static final String PURPOSE_HEADER = "X-Purpose";
    static final String PURPOSE_PARAMETER = "purpose";

    private final AuditTrail trail;
    private final Clock clock;

    PersonalDataReadAuditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        Principal principal = request.getUserPrincipal();
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        trail.record(clock.instant(),
                principal == null || principal.getName() == null ? "anonymous" : principal.getName(),
                request.getMethod() + " " + pattern,
                subjectKind(pattern),
                subjectId(request),
                purpose(request),
                request.getRemoteAddr());
        return true;
    }

    static String subjectKind(String pattern) {
        if (pattern.startsWith("/api/registrations")) {
            return "registration";
        }
        if (pattern.startsWith("/api/transmittals")) {
            return "transmittal";
        }
        if (pattern.startsWith("/search")) {
            return "search";
        }
        if (pattern.startsWith("/api/cases") || pattern.startsWith("/cases")) {
            return "case";
        }
        if (pattern.startsWith("/api/documents")) {
            return "document";
        }
        return "other";
    }

    /** The path variable naming the subject, or for a search the criteria given (sorted, purpose left out). */
    @SuppressWarnings("unchecked")
    private static String subjectId(HttpServletRequest request) {
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null && !variables.isEmpty()) {
            return variables.values().iterator().next();
        }
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.remove(PURPOSE_PARAMETER);
        if (parameters.isEmpty()) {
            return null;
        }
        return "search:" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String purpose(HttpServletRequest request) {
        String header = request.getHeader(PURPOSE_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String parameter = request.getParameter(PURPOSE_PARAMETER);
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }
}
