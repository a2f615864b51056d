package org.csx.gateway.audit;

import java.time.OffsetDateTime;

/**
 * One read of personal data: who (the authenticated principal, or "anonymous"), what (the endpoint and the subject
 * read), when, why (the purpose the caller gave) and from where.
 */
record PersonalDataAccess(long id, OffsetDateTime occurredAt, String actor, String action, String subjectKind,
                                 String subjectId, String purpose, String clientAddress) {
}
