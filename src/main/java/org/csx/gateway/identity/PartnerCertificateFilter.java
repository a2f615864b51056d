package org.csx.gateway.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A TLS client certificate (already verified against the server's trust store by the TLS handshake) stands for
 * the one partner configured with its subject. A request that also carries HTTP Basic credentials for another
 * identity is refused: a certificate never acts as another partner.
 */
class PartnerCertificateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PartnerCertificateFilter.class);

    private final IdentityDirectory directory;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contextRepository = new RequestAttributeSecurityContextRepository();

    PartnerCertificateFilter(IdentityDirectory directory, AuthenticationEntryPoint entryPoint) {
        this.directory = directory;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        X509Certificate[] certificates = (X509Certificate[]) request.getAttribute("jakarta.servlet.request.X509Certificate");
        if (certificates == null || certificates.length == 0) {
            chain.doFilter(request, response);
            return;
        }
        String subject = certificates[0].getSubjectX500Principal().getName();
        Optional<Identity> partner = directory.byCertificateSubject(subject);
        if (partner.isEmpty()) {
            log.info("TLS client certificate maps to no partner: {}", LogSafe.encode(subject));
            chain.doFilter(request, response);
            return;
        }
        Optional<String> basicName = basicUserName(request.getHeader("Authorization"));
        if (basicName.isPresent() && !basicName.get().equals(partner.get().name())) {
            log.warn("Certificate of {} presented with credentials of another identity", partner.get().name());
            entryPoint.commence(request, response, new BadCredentialsException("certificate and credentials disagree"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(IdentityAuthentication.authenticated(partner.get()));
        SecurityContextHolder.setContext(context);
        // kept for the request's later dispatches too (CXF answers SOAP requests on an async dispatch)
        contextRepository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private static Optional<String> basicUserName(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }
}
