package org.csx.gateway.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code csx.documents.*}: where documents are kept, how large they may be (who may fetch them: csx.identities). */
@ConfigurationProperties(prefix = "csx.documents")
public class DocumentsProperties {

    /** Where document content is kept, one file per SHA-256 (default: the data directory + /documents). */
    private String storageDirectory = "./data/documents";
    /** Largest document accepted, in bytes (default 25 MB). */
    private long maxDocumentBytes = 25L * 1024 * 1024;
    /** Largest SubmitDocuments message accepted, in bytes (the documents port's message limit). */
    private long maxMessageBytes = 120L * 1024 * 1024;
    /** CXF keeps an attachment larger than this in a file under storage-directory/spool, not in memory. */
    private int attachmentMemoryThreshold = 256 * 1024;

    public String getStorageDirectory() { return storageDirectory; }
    public void setStorageDirectory(String storageDirectory) { this.storageDirectory = storageDirectory; }
    public long getMaxDocumentBytes() { return maxDocumentBytes; }
    public void setMaxDocumentBytes(long maxDocumentBytes) { this.maxDocumentBytes = maxDocumentBytes; }
    public long getMaxMessageBytes() { return maxMessageBytes; }
    public void setMaxMessageBytes(long maxMessageBytes) { this.maxMessageBytes = maxMessageBytes; }
    public int getAttachmentMemoryThreshold() { return attachmentMemoryThreshold; }
    public void setAttachmentMemoryThreshold(int attachmentMemoryThreshold) { this.attachmentMemoryThreshold = attachmentMemoryThreshold; }
}
