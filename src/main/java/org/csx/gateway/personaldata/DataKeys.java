package org.csx.gateway.personaldata;

import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * The data-encryption keys the gateway holds: every key it may still need to read with, by id, and the one it
 * encrypts with now. Rotating = adding a new key and making it active; values sealed under an older key keep
 * their key id and still open as long as that key stays listed.
 */
record DataKeys(Map<String, SecretKey> keys, String activeKeyId) {

    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public DataKeys {
        keys = Map.copyOf(keys);
        if (activeKeyId == null || !keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("the active data key " + activeKeyId + " is not among the keys " + keys.keySet());
        }
        for (Map.Entry<String, SecretKey> key : keys.entrySet()) {
            if (!KEY_ID.matcher(key.getKey()).matches()) {
                throw new IllegalStateException("a data key id must be 1-32 letters, digits, '-' or '_': " + key.getKey());
            }
            if (key.getValue().getEncoded().length != 32) {
                throw new IllegalStateException("data key " + key.getKey() + " is not a 256-bit AES key");
            }
        }
    }

    public SecretKey active() {
        return keys.get(activeKeyId);
    }
}
