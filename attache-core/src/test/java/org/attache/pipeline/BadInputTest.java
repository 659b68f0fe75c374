package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.attache.ingest.FieldMap;
import org.attache.ingest.SourceItem;
import org.attache.ingest.SourceOptions;
import org.attache.store.EventStore;
import org.attache.store.SqliteEventStore;
import org.attache.testing.Quiet;
import org.attache.testing.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Broken, hostile and oversized inputs: each is reported with its reason, and the rest of the batch is stored. */
class BadInputTest {
    private static final long MB = 1024 * 1024;
    private static final String STORY = "<p>The foreign ministers of Egypt and Jordan met in Amman on Sunday to "
            + "discuss water sharing, trade across the Red Sea ports and the reopening of a border crossing.</p>";

    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void openStore() {
        store = SqliteEventStore.open(dir.resolve("a.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private IngestReport ingest(SourceOptions options, Path... paths) {
        return new Ingester(new Pipeline(List.of()), store, 2, options).ingest(List.of(paths), Quiet.LISTENER);
    }

    @Test
    void eachBadInputIsReportedWithItsReasonAndEverythingElseIsStored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Resources.copy("ingest/html/news-site.html", in, "good-page.html");
        Resources.copy("ingest/feeds/rss-full.xml", in, "good-feed.xml");
        Files.writeString(in.resolve("good.csv"), "id,text\ncsv-1,Ministers met in Cairo.\n");
        Resources.copy("ingest/feeds/entity-bomb.xml", in, "bomb.xml");
        Resources.copy("ingest/feeds/empty.xml", in, "empty-feed.xml");
        Resources.copy("ingest/html/no-main-text.html", in, "login.html");
        writeTruncatedGzip(in.resolve("cut.html.gz"), Resources.bytes("ingest/html/wire-page.html"));
        writeTruncatedWarc(in.resolve("cut.warc"));
        writeHugePage(in.resolve("huge.html"), 50 * MB);
        Files.write(in.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        writeInvalidUtf8(in.resolve("latin1.txt"));
        Files.writeString(in.resolve("broken.csv"), "id,text\nq1,\"never closed\n");
        Files.writeString(in.resolve("broken.html"), "<html><body><div><div><span>" + STORY + "<p>cut off");

        IngestReport report = ingest(SourceOptions.defaults(), in);

        assertThat(reasons(report)).containsOnlyKeys("bomb.xml", "empty-feed.xml", "login.html", "cut.html.gz",
                "cut.warc", "huge.html", "binary.html", "latin1.txt", "broken.csv");
        assertThat(reasons(report).get("bomb.xml")).startsWith("not well-formed XML: ").containsIgnoringCase("DOCTYPE");
        assertThat(reasons(report).get("empty-feed.xml")).isEqualTo("feed has no items");
        assertThat(reasons(report).get("login.html")).isEqualTo("no main text found in the page");
        assertThat(reasons(report).get("cut.html.gz")).startsWith("truncated or corrupt gzip data");
        assertThat(reasons(report).get("cut.warc")).startsWith("truncated or malformed WARC");
        assertThat(reasons(report).get("huge.html")).isEqualTo("over the size limit of 20971520 bytes");
        assertThat(reasons(report).get("binary.html")).isEqualTo("binary file, not HTML");
        assertThat(reasons(report).get("latin1.txt")).isEqualTo("invalid UTF-8 at byte 37");
        assertThat(reasons(report).get("broken.csv")).startsWith("malformed CSV");
        assertThat(store.articleCount()).isEqualTo(report.ingested()).isEqualTo(6);
        assertThat(store.article("https://harbourtimes.example.com/world/2023/05/09/norway-chile-fisheries-accord"))
                .isPresent();
        assertThat(store.article("meridian-2024-03-12-0042")).isPresent();
        assertThat(store.article("csv-1")).isPresent();
        assertThat(store.article("https://wire.example.com/first")).isPresent();
        assertThat(store.article("broken")).isPresent();
    }

    @Test
    void aBadNewVersionOfAFileLeavesTheStoredArticleAsItWas() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), "The first version of the story.\n");
        ingest(SourceOptions.defaults(), story);
        String hash = store.articleHash("story").orElseThrow();

        writeInvalidUtf8(story);
        IngestReport report = ingest(SourceOptions.defaults(), story);

        assertThat(report.failures()).extracting(SourceItem.Failed::reason).containsExactly("invalid UTF-8 at byte 37");
        assertThat(store.articleHash("story")).contains(hash);
        assertThat(store.article("story").orElseThrow().text()).isEqualTo("The first version of the story.\n");
    }

    @Test
    void aFiftyMegabytePageIsRefusedWithoutBeingRead() throws IOException {
        Path huge = writeHugePage(dir.resolve("huge.html"), 50 * MB);

        long before = heapInUse();
        resetHeapPeaks();
        IngestReport report = ingest(SourceOptions.defaults(), huge);
        long growth = heapPeak() - before;

        assertThat(report.failures()).extracting(SourceItem.Failed::reason)
                .containsExactly("over the size limit of 20971520 bytes");
        assertThat(growth).as("heap growth while refusing a 50 MB page").isLessThan(16 * MB);
    }

    @Test
    void aCompressedPageStopsBeingReadAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        byte[] block = STORY.repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (long written = 0; written < 50 * MB; written += block.length) {
                out.write(block);
            }
        }

        IngestReport report = ingest(new SourceOptions(MB, FieldMap.defaults()), bomb);

        assertThat(Files.size(bomb)).isLessThan(MB);
        assertThat(report.failures()).extracting(SourceItem.Failed::reason)
                .containsExactly("over the size limit of 1048576 bytes");
    }

    private static Map<String, String> reasons(IngestReport report) {
        return report.failures().stream().collect(Collectors.toMap(
                f -> f.location().file().getFileName().toString(), SourceItem.Failed::reason));
    }

    private static void writeTruncatedGzip(Path file, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        Files.write(file, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
    }

    /** Two pages, the second cut off halfway through its record. */
    private static void writeTruncatedWarc(Path file) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(file))) {
            for (String name : List.of("first", "second")) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, ("<html><body>" + STORY + "</body></html>").getBytes(
                                StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder("https://wire.example.com/" + name).body(http).build());
            }
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 150));
    }

    /** A page of {@code size} bytes, written a paragraph at a time so the test itself holds little of it. */
    private static Path writeHugePage(Path file, long size) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<html><body>");
            for (long written = 0; written < size; written += STORY.length()) {
                out.write(STORY);
            }
            out.write("</body></html>");
        }
        return file;
    }

    private static void writeInvalidUtf8(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("The president said the talks in Montr".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE9, 'a', 'l', ' ', 'w', (byte) 0xE9, 'r', 'e'});
        Files.write(file, bytes.toByteArray());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapInUse() {
        System.gc();
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** An upper bound of the heap's peak: the sum of each pool's own peak. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
