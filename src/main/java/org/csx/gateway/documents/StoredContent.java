package org.csx.gateway.documents;

/** Content kept in the document store: its SHA-256 (hex, lower case), size and media type checked by magic bytes. */
public record StoredContent(String sha256, long sizeBytes, String mediaType) {
}
