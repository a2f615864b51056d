package org.csx.gateway.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code csx.personal-data.*}: where the data-encryption keys come from (docs/personal-data.md).
 */
@ConfigurationProperties(prefix = "csx.personal-data")
public class PersonalDataProperties {

    /** Java properties file with {@code active=<id>} and {@code key.<id>=<base64 AES-256 key>} lines. */
    private String keyFile;

    /** Generate the key file on first start when it is missing (default profile only). */
    private boolean generateKeyFile = true;

    /** Keys given directly (e.g. from the environment), id to base64; when set, the key file is not read. */
    private Map<String, String> keys = new LinkedHashMap<>();

    /** With {@link #keys}: the id of the key new values are sealed under. */
    private String activeKey;

    public String getKeyFile() { return keyFile; }
    public void setKeyFile(String keyFile) { this.keyFile = keyFile; }
    public boolean isGenerateKeyFile() { return generateKeyFile; }
    public void setGenerateKeyFile(boolean generateKeyFile) { this.generateKeyFile = generateKeyFile; }
    public Map<String, String> getKeys() { return keys; }
    public void setKeys(Map<String, String> keys) { this.keys = keys; }
    public String getActiveKey() { return activeKey; }
    public void setActiveKey(String activeKey) { this.activeKey = activeKey; }
}
