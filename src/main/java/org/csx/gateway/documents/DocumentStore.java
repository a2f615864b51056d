package org.csx.gateway.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.csx.gateway.personaldata.OwnerOnlyFiles;
import org.csx.gateway.personaldata.PersonalDataCipher;

/**
 * Document content on the filesystem, addressed by SHA-256: {@code <root>/ab/cd/<sha256>}. Content is streamed
 * through a small buffer into a temporary file while its digest and size are computed, then moved into place;
 * a whole document is never held in memory. The same content stored twice is kept once. Documents carry personal
 * data: the content is encrypted on its way to disk (AES-256-GCM in 64 KB segments, {@link PersonalDataCipher});
 * the SHA-256, size and media type are those of the document itself; every file is 0600 and every directory 0700
 * (docs/personal-data.md). Read content with {@link #open}.
 */
public class DocumentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;
    private final PersonalDataCipher cipher;

    public DocumentStore(Path root, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.root = root.toAbsolutePath();
        this.incoming = this.root.resolve("incoming");
        OwnerOnlyFiles.directory(this.root);
        OwnerOnlyFiles.directory(incoming);
    }

    public Path root() {
        return root;
    }

    /**
     * Streams the content in, refusing it when it exceeds {@code maxBytes} (reading stops there) or when its first
     * bytes are not those of {@code declaredMediaType}.
     */
    public StoredContent store(InputStream content, String declaredMediaType, long maxBytes) {
        String declared = DocumentMediaTypes.normalize(declaredMediaType);
        if (!DocumentMediaTypes.isAccepted(declared)) {
            throw new DocumentRefusedException(IntakeFaultCode.UNSUPPORTED_MEDIA_TYPE,
                    "Media type " + declaredMediaType + " is not accepted; send application/pdf, image/tiff or image/jpeg.");
        }
        Path temp = null;
        try {
            temp = OwnerOnlyFiles.createTempFile(incoming, "doc-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[DocumentMediaTypes.MAGIC_LENGTH];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = cipher.sealingStream(Files.newOutputStream(temp))) {
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw new DocumentRefusedException(IntakeFaultCode.DOCUMENT_TOO_LARGE,
                                "A document exceeds the limit of " + maxBytes + " bytes.");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new DocumentRefusedException(IntakeFaultCode.DOCUMENT_CONTENT_MISMATCH, "A document is empty.");
            }
            Optional<String> detected = DocumentMediaTypes.detect(head, headLength);
            if (detected.isEmpty() || !detected.get().equals(declared)) {
                throw new DocumentRefusedException(IntakeFaultCode.DOCUMENT_CONTENT_MISMATCH,
                        "A document declared as " + declared + " is " + detected.orElse("not a PDF, TIFF or JPEG file")
                                + " by its content (its first bytes).");
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            OwnerOnlyFiles.directory(target.getParent().getParent());
            OwnerOnlyFiles.directory(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                moveIntoPlace(temp, target);
            }
            temp = null;
            return new StoredContent(sha256, size, declared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a document", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }

    /** The document's content, decrypted as it is read; empty when the store does not hold it. */
    public Optional<InputStream> open(String sha256) throws IOException {
        Optional<Path> file = find(sha256);
        return file.isEmpty() ? Optional.empty() : Optional.of(cipher.openingStream(Files.newInputStream(file.get())));
    }

    /** Where the (encrypted) content lies. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Deletes the content (retention); nothing happens when it is not there. */
    public void delete(String sha256) {
        find(sha256).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete document " + sha256, e);
            }
        });
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp); // another request stored the same content meanwhile
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException again) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
