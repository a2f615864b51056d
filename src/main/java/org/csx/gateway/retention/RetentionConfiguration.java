package org.csx.gateway.retention;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.csenet.CsenetProperties;
import org.csx.gateway.documents.DocumentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionJob retentionJob(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DocumentStore documents,
                              RetentionProperties properties, CsenetProperties csenet, Clock clock) {
        List<Path> inboxes = new ArrayList<>();
        inboxes.add(Path.of(csenet.getInbox()).toAbsolutePath());
        csenet.getPartnerInboxes().forEach(inbox -> inboxes.add(Path.of(inbox.getDirectory()).toAbsolutePath()));
        return new RetentionJob(jdbc, transactionManager, documents, properties, inboxes, clock);
    }
}
