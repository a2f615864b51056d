package org.csx.gateway.intake;

import jakarta.jms.ConnectionFactory;
import org.csx.gateway.config.CsxProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntakeConfiguration {

    /** The SOAP route's way onto the intake queue (routes/soap-intake.yaml). */
    @Bean
    IntakeQueuer intakeQueuer(ConnectionFactory connectionFactory, CsxProperties csx) {
        CsxProperties.Queues queues = csx.getQueues();
        return new IntakeQueuer(new IntakeQueue(connectionFactory, queues.getIntake(), queues.getIntakeBatchSize()),
                queues.getIntakeLinger());
    }
}
