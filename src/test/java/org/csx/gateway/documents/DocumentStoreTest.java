package org.csx.gateway.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.csx.gateway.contract.exchange.IntakeFaultCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

    @TempDir
    Path root;

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    private static final org.csx.gateway.personaldata.PersonalDataCipher CIPHER =
            new org.csx.gateway.personaldata.PersonalDataCipher(new org.csx.gateway.personaldata.FileDataKeySource(
                    null, false, java.util.Map.of("test", java.util.Base64.getEncoder().encodeToString(new byte[32])), "test"));

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storesContentUnderItsSha256AndKeepsTheSameContentOnce() throws Exception {
        DocumentStore store = new DocumentStore(root, CIPHER);
        byte[] content = pdf("synthetic petition");

        StoredContent first = store.store(new ByteArrayInputStream(content), "application/pdf", 1_000);
        StoredContent again = store.store(new ByteArrayInputStream(content), "Application/PDF; name=x.pdf", 1_000);

        assertThat(first.sha256()).isEqualTo(sha256(content)).isEqualTo(again.sha256());
        assertThat(first.sizeBytes()).isEqualTo(content.length);
        assertThat(first.mediaType()).isEqualTo("application/pdf");
        Path file = store.find(first.sha256()).orElseThrow();
        try (var in = store.open(first.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        // on disk: encrypted, not the document
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("synthetic petition").startsWith("CSXSEG1");
        assertThat(file.startsWith(root.resolve(first.sha256().substring(0, 2)))).isTrue();
        try (var leftovers = Files.list(root.resolve("incoming"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void refusesADocumentOverTheLimitWhileReadingAndKeepsNothing() throws Exception {
        DocumentStore store = new DocumentStore(root, CIPHER);
        InputStream endless = new InputStream() {
            private long served;
            @Override
            public int read() {
                return served++ < 4 ? "%PDF".charAt((int) served - 1) : 'x';
            }
        };

        assertThatThrownBy(() -> store.store(endless, "application/pdf", 200_000))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeFaultCode.DOCUMENT_TOO_LARGE));
        try (var leftovers = Files.list(root.resolve("incoming"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void refusesContentThatIsNotWhatItsMediaTypeSays() {
        DocumentStore store = new DocumentStore(root, CIPHER);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(jpeg), "application/pdf", 1_000))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(IntakeFaultCode.DOCUMENT_CONTENT_MISMATCH);
                    assertThat(e.getMessage()).contains("declared as application/pdf", "image/jpeg");
                });
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream("hello".getBytes()), "image/tiff", 1_000))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("not a PDF, TIFF or JPEG"));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(pdf("x")), "application/msword", 1_000))
                .isInstanceOfSatisfying(DocumentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(IntakeFaultCode.UNSUPPORTED_MEDIA_TYPE));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), "application/pdf", 1_000))
                .isInstanceOf(DocumentRefusedException.class);
    }

    @Test
    void recognisesTheThreeAcceptedTypesByTheirFirstBytes() {
        assertThat(DocumentMediaTypes.detect("%PDF-1.4".getBytes(), 8)).contains("application/pdf");
        assertThat(DocumentMediaTypes.detect(new byte[] {'I', 'I', 42, 0}, 4)).contains("image/tiff");
        assertThat(DocumentMediaTypes.detect(new byte[] {'M', 'M', 0, 42}, 4)).contains("image/tiff");
        assertThat(DocumentMediaTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 3)).contains("image/jpeg");
        assertThat(DocumentMediaTypes.detect("GIF89a".getBytes(), 6)).isEmpty();
        assertThat(DocumentMediaTypes.detect("%PD".getBytes(), 3)).isEmpty();
    }

    @Test
    void findRefusesAnythingButASha256() {
        DocumentStore store = new DocumentStore(root, CIPHER);
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("0".repeat(64))).isEmpty();
    }
}
