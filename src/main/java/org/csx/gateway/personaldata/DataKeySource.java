package org.csx.gateway.personaldata;

/**
 * Where the data-encryption keys come from. The default implementation reads a key file (generated on first
 * start in the default profile) or keys given in configuration ({@link FileDataKeySource}). A KMS integration
 * implements this interface, typically by asking the KMS to unwrap data keys stored wrapped under its
 * key-encryption key, and is declared as a bean: it then replaces the file source.
 */
interface DataKeySource {

    DataKeys load();
}
