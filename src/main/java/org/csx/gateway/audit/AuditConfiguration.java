package org.csx.gateway.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit trail of personal-data reads. An endpoint that shows personal data (the staff console included, when it
 * comes) adds its path to {@link #AUDITED_READS}; AuditTrailEndToEndTest reads every one of them.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration implements WebMvcConfigurer {

    static final String[] AUDITED_READS = {
            "/api/registrations", "/api/registrations/**",
            "/api/transmittals/**",
            "/api/cases/*/documents",
            "/api/documents/**",
            // the staff console (docs/console.md): a case's page, its documents and notice, every search
            "/cases/**",
            "/search",
    };

    private final AuditTrail trail;
    private final Clock clock;

    AuditConfiguration(JdbcTemplate jdbc, Clock clock) {
        this.trail = new AuditTrail(jdbc);
        this.clock = clock;
    }

    @Bean
    AuditTrail auditTrail() {
        return trail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PersonalDataReadAuditor(trail, clock)).addPathPatterns(AUDITED_READS);
    }
}
