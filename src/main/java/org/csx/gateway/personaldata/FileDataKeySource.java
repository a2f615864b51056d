package org.csx.gateway.personaldata;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data keys from configuration ({@code csx.personal-data.keys} + {@code active-key}, e.g. from the environment)
 * or from a key file in Java properties format:
 *
 * <pre>
 * active=k20261201-3fa9
 * key.k20261201-3fa9=&lt;base64 of 32 random bytes&gt;
 * key.k20250601-0c1d=&lt;older key, kept to read what it sealed&gt;
 * </pre>
 *
 * In the default profile the file ({@code <data directory>/keys/data-keys.properties}) is generated on first
 * start, owner-only. {@link #rotate()} adds a new key and makes it active.
 */
public class FileDataKeySource implements DataKeySource {

    private static final Logger log = LoggerFactory.getLogger(FileDataKeySource.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final boolean generateIfMissing;
    private final Map<String, String> configuredKeys;
    private final String configuredActiveKey;

    public FileDataKeySource(Path file, boolean generateIfMissing, Map<String, String> configuredKeys,
                             String configuredActiveKey) {
        this.file = file == null ? null : file.toAbsolutePath();
        this.generateIfMissing = generateIfMissing;
        this.configuredKeys = configuredKeys == null ? Map.of() : Map.copyOf(configuredKeys);
        this.configuredActiveKey = configuredActiveKey;
    }

    @Override
    public synchronized DataKeys load() {
        if (!configuredKeys.isEmpty()) {
            return keysOf(configuredKeys, configuredActiveKey, "csx.personal-data.keys");
        }
        if (file == null) {
            throw new IllegalStateException("no data keys: set csx.personal-data.key-file or csx.personal-data.keys");
        }
        if (!Files.exists(file)) {
            if (!generateIfMissing) {
                throw new IllegalStateException("the data key file " + file + " does not exist");
            }
            OwnerOnlyFiles.directory(file.getParent());
            String id = newKeyId();
            write(Map.of(id, newKey()), id);
            log.info("Generated the data key {} in {} (owner-only); keep a copy of it with the database backups", id, file);
        }
        Properties properties = read();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), properties.getProperty(name).strip());
            }
        }
        return keysOf(keys, properties.getProperty("active", "").strip(), file.toString());
    }

    /** Adds a new key to the file and makes it the active one; earlier keys stay for reading. @return its id */
    public synchronized String rotate() {
        DataKeys current = load();
        String id = newKeyId();
        Map<String, String> keys = new LinkedHashMap<>();
        current.keys().forEach((k, v) -> keys.put(k, Base64.getEncoder().encodeToString(v.getEncoded())));
        keys.put(id, newKey());
        write(keys, id);
        log.info("Data key {} is now active in {}; {} older key(s) kept for reading", id, file, current.keys().size());
        return id;
    }

    private Properties read() {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data key file " + file, e);
        }
    }

    private void write(Map<String, String> keys, String active) {
        StringWriter out = new StringWriter();
        out.write("# csx-gateway data-encryption keys (AES-256). Owner-only; back up with the database.\n");
        out.write("active=" + active + "\n");
        keys.forEach((id, key) -> out.write("key." + id + "=" + key + "\n"));
        try {
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            OwnerOnlyFiles.writeNew(temp, out.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data key file " + file, e);
        }
    }

    private static DataKeys keysOf(Map<String, String> encoded, String active, String where) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        encoded.forEach((id, value) -> {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("data key " + id + " in " + where + " is not base64");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        return new DataKeys(keys, active);
    }

    private static String newKeyId() {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return "k" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().formatHex(suffix);
    }

    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
