package org.csx.gateway.identity;

import java.util.List;

/**
 * Who may fetch a stored document: the districts whose cases hold it. The documents feature answers (its
 * case_document table); the security chain only asks, so identity never depends on documents.
 */
public interface DocumentHolders {

    List<String> districtsHolding(String sha256);
}
