package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csx.gateway.registration.RegistrationRegistry.Move;
import org.csx.gateway.registration.RegistrationRegistry.Opened;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's writes that go with the transaction's next statement (staged): a new registration comes back from its
 * insert, its first move is staged and seen by the next read; the requirements are recorded in one statement, requested
 * again after being met, and met when no longer missing. On PostgreSQL, for a transmittal the ledger really holds.
 */
class RegistrationRegistryTest extends GatewayTestSupport {

    @Autowired
    RegistrationRegistry registry;
    @Autowired
    RegistrationRequestReader reader;
    @Autowired
    PlatformTransactionManager transactionManager;
    TransactionTemplate transaction;
    RegistrationRequest request;

    @BeforeEach
    void aTransmittalWithoutRegistration() {
        transaction = new TransactionTemplate(transactionManager);
        // an establishment request: in the ledger, never a registration of its own
        UUID trackingId = UUID.fromString(submit(TX, TX_SECRET, withSerial(example("est-request.xml"), nextSerial())).getTrackingId());
        request = reader.read(trackingId, CA, "nyc", contractXml.readTransmittal(example("enf-request.xml")));
    }

    @Test
    void aNewRegistrationComesBackFromItsInsertAndItsFirstMoveIsSeenByTheNextRead() {
        UUID id = transaction.execute(tx -> {
            Opened opened = registry.openIfAbsent(request, OffsetDateTime.now());
            assertThat(opened.isNew()).isTrue();
            assertThat(opened.registration().trackingId()).isEqualTo(request.trackingId());
            assertThat(opened.registration().status()).isEqualTo(RegistrationStatus.RECEIVED);
            assertThat(opened.registration().courtId()).isEqualTo(request.courtId());
            registry.moveOpened(opened, List.of(new Move(RegistrationStatus.RECEIVED, RegistrationStatus.AWAITING_DOCUMENTS,
                    "filing blocked")));
            assertThat(registry.find(opened.registration().id()).orElseThrow().status())
                    .isEqualTo(RegistrationStatus.AWAITING_DOCUMENTS);
            return opened.registration().id();
        });
        assertThat(jdbc.queryForList("SELECT status FROM registration_event WHERE registration_id = ? ORDER BY id",
                String.class, id)).containsExactly("RECEIVED", "AWAITING_DOCUMENTS");

        Opened again = transaction.execute(tx -> registry.openIfAbsent(request, OffsetDateTime.now()));
        assertThat(again.isNew()).isFalse();
        assertThat(again.registration().id()).isEqualTo(id);
        assertThat(again.registration().status()).isEqualTo(RegistrationStatus.AWAITING_DOCUMENTS);
        assertThatThrownBy(() -> registry.moveOpened(again, List.of(new Move(RegistrationStatus.AWAITING_DOCUMENTS,
                RegistrationStatus.WITHDRAWN, "withdrawn")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void aRolledBackOpeningLeavesNothing() {
        transaction.executeWithoutResult(tx -> {
            Opened opened = registry.openIfAbsent(request, OffsetDateTime.now());
            registry.moveOpened(opened, List.of(new Move(RegistrationStatus.RECEIVED, RegistrationStatus.AWAITING_DOCUMENTS,
                    "filing blocked")));
            registry.recordRequirements(opened.registration().id(), List.of(missing(FilingRequirement.LETTER_OF_TRANSMITTAL)));
            tx.setRollbackOnly();
        });
        assertThat(registry.idForTransmittal(request.trackingId())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_event e JOIN registration r ON r.id = e.registration_id "
                + "WHERE r.tracking_id = ?", Integer.class, request.trackingId())).isZero();
    }

    @Test
    void requirementsAreRequestedMetAndRequestedAgainInOneStatementEach() {
        FilingRequirement a = FilingRequirement.LETTER_OF_TRANSMITTAL;
        FilingRequirement b = FilingRequirement.OBLIGEE_ADDRESS;
        UUID id = transaction.execute(tx -> registry.openIfAbsent(request, OffsetDateTime.now()).registration().id());

        transaction.executeWithoutResult(tx -> {
            registry.recordRequirements(id, List.of(missing(a), missing(b)));
            // staged, and seen by the transaction's next read
            assertThat(registry.openRequirements(id)).containsExactlyInAnyOrder(a.name(), b.name());
        });
        transaction.executeWithoutResult(tx -> registry.recordRequirements(id, List.of(missing(b))));
        assertThat(registry.openRequirements(id)).containsExactly(b.name());
        assertThat(satisfied(id, a)).isTrue();

        // outside a transaction: written at once
        registry.recordRequirements(id, List.of(new MissingRequirement(a, "asked again")));
        assertThat(registry.openRequirements(id)).containsExactly(a.name());
        assertThat(satisfied(id, a)).isFalse();
        assertThat(satisfied(id, b)).isTrue();
        assertThat(jdbc.queryForObject("SELECT sentence FROM registration_requirement WHERE registration_id = ? AND requirement = ?",
                String.class, id, a.name())).isEqualTo("asked again");
        assertThat(jdbc.queryForObject("SELECT section || '/' || blocking FROM registration_requirement "
                + "WHERE registration_id = ? AND requirement = ?", String.class, id, b.name()))
                .isEqualTo(b.section() + "/" + b.blocking());

        registry.recordRequirements(id, List.of());
        assertThat(registry.openRequirements(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registration_requirement WHERE registration_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    private boolean satisfied(UUID id, FilingRequirement requirement) {
        return jdbc.queryForObject("SELECT satisfied_at IS NOT NULL FROM registration_requirement "
                + "WHERE registration_id = ? AND requirement = ?", Boolean.class, id, requirement.name());
    }

    private static MissingRequirement missing(FilingRequirement requirement) {
        return new MissingRequirement(requirement, "missing: " + requirement.name());
    }
}
