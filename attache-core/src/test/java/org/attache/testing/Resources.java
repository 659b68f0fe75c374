package org.attache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures on the class path (under src/test/resources), as text or copied into a folder. */
public final class Resources {
    private Resources() {
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/org/attache/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the resource into {@code folder} under {@code fileName}. */
    public static Path copy(String name, Path folder, String fileName) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(fileName), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
