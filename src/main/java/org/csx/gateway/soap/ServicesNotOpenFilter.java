package org.csx.gateway.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A SOAP service the gateway has but has not opened yet (Camel opens its endpoints last when the gateway starts) or
 * has closed already (it is stopping) answers 503 with Retry-After instead of CXF's 404 "no service": a partner's
 * system retries a 503 later, while a 404 reads as a wrong address. An address that is no service of ours stays a 404.
 * Runs after Spring Security's chain, so a stranger is still refused with 401 first.
 */
final class ServicesNotOpenFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";

    private final String servicesPath;
    private final Set<String> serviceAddresses;
    private final Predicate<String> open;

    /**
     * @param servicesPath     where CXF serves, {@code cxf.path} (/services)
     * @param serviceAddresses the services' addresses under it (/exchange, /documents, /courts)
     * @param open             whether the service at an address takes requests now
     */
    ServicesNotOpenFilter(String servicesPath, Set<String> serviceAddresses, Predicate<String> open) {
        this.servicesPath = servicesPath;
        this.serviceAddresses = Set.copyOf(serviceAddresses);
        this.open = open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRequestURI().substring(request.getContextPath().length());
        if (address.startsWith(servicesPath)) {
            address = address.substring(servicesPath.length());
            if (serviceAddresses.contains(address) && !open.test(address)) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(("The gateway is starting or stopping and this service is not open now. "
                        + "Nothing was kept: send again later.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
