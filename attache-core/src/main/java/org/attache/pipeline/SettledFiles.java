package org.attache.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Tells which files in a folder have stopped changing, so that a file still being written is not read half
 * done. A file is settled once two looks at it found the same size and modification time and it has not
 * changed for the settle time, counted from its modification time or from when it was last seen to change,
 * whichever is later. Each version of a file is handed out once. Hidden files and folders (a leading dot) and
 * files named {@code *.part} or {@code *.tmp}, as downloaders and editors write before renaming into place,
 * are never handed out.
 */
final class SettledFiles {
    private record Look(long size, Instant modified, Instant lastChange, boolean handed) {
        boolean sameFileAs(Look other) {
            return size == other.size && modified.equals(other.modified);
        }
    }

    private final Path folder;
    private final Predicate<Path> readable;
    private final Duration settle;
    private final Map<Path, Look> looks = new HashMap<>();

    /** Watches {@code folder} for files that {@code readable} accepts. */
    SettledFiles(Path folder, Predicate<Path> readable, Duration settle) {
        this.folder = folder;
        this.readable = readable;
        this.settle = settle;
    }

    /** The files that have settled since the last poll, in path order. */
    List<Path> poll(Instant now) {
        List<Path> settled = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (Path file : candidates()) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException gone) {
                continue;
            }
            present.add(file);
            Instant modified = attributes.lastModifiedTime().toInstant();
            Look before = looks.get(file);
            Look look = new Look(attributes.size(), modified, modified, false);
            if (before == null) {
                looks.put(file, look);
            } else if (!before.sameFileAs(look)) {
                looks.put(file, new Look(look.size(), modified, later(modified, now), false));
            } else if (!before.handed() && !now.isBefore(before.lastChange().plus(settle))) {
                looks.put(file, new Look(before.size(), before.modified(), before.lastChange(), true));
                settled.add(file);
            }
        }
        looks.keySet().retainAll(present);
        return settled;
    }

    /** Whether some file seen has yet to settle. */
    boolean waiting() {
        return looks.values().stream().anyMatch(look -> !look.handed());
    }

    private List<Path> candidates() {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile).filter(this::wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read folder " + folder, e);
        }
    }

    private boolean wanted(Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".part") && !name.endsWith(".tmp") && readable.test(file);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
