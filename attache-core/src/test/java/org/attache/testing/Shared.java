package org.attache.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data beside the checkout ({@code ../shared}); tests that need it skip when it is absent. */
public final class Shared {
    private Shared() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("attache.shared", "../shared");
        Path file = Path.of(root).resolve(relative).normalize();
        assumeTrue(Files.exists(file), "skipped: shared test data not found at " + file.toAbsolutePath()
                + " (expected ../shared beside the checkout)");
        return file;
    }
}
