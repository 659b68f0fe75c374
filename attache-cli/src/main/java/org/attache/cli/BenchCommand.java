package org.attache.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.attache.ingest.SourceItem;
import org.attache.ingest.SourceOptions;
import org.attache.ingest.Sources;
import org.attache.model.Article;
import org.attache.model.Document;
import org.attache.model.Sentence;
import org.attache.nlp.NerPipeline;
import org.attache.nlp.SentenceSplitter;
import org.attache.pipeline.IngestReport;
import org.attache.pipeline.Knowledge;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache bench}: throughput of the analysis pipeline (the cascade: a cheap pass on every sentence, a
 * dependency parse on candidate sentences) over a corpus, with 1 and 2 worker threads, beside CoreNLP's tokenizer
 * alone and its usual NER pipeline alone, and the share of sentences that reached the deep pass. Median of
 * several timed runs after warm-up; nothing is stored.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s, tokens/s and peak heap of the pipeline on a corpus (median of --runs "
            + "after --warmup), beside the CoreNLP tokenizer alone and the CoreNLP NER pipeline alone (tokenize, "
            + "ssplit, pos, lemma, ner on the first --ner-articles articles), and reports the share of sentences "
            + "the deep pass parsed.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CORPUS",
            description = "Any input ingest reads, e.g. a CSV with 'date' and 'text' columns (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/corpus/bench/guardian_syria_2017_2019.csv")
    Path corpus;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per setting (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "Worker thread counts to compare (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--ner-articles", defaultValue = "20",
            description = "Articles of the corpus the slow NER pipeline runs on (at most 3 timed runs); 0 leaves it out "
                + "(default: ${DEFAULT-VALUE}).")
    int nerArticles;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The NER pipeline runs at about one article a second: three timed runs are enough for a median. */
    private static final int NER_RUNS = 3;

    private record Result(String setting, double seconds, long peakHeap) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = readCorpus(corpus);
        long loadStart = System.nanoTime();
        Knowledge knowledge = Knowledge.load(List.of());
        Pipeline pipeline = Pipeline.standard(knowledge);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        SentenceSplitter splitter = knowledge.splitter();
        long[] perArticle = articles.stream().mapToLong(a -> splitter.split(a.text()).stream()
                .mapToLong(s -> s.tokens().size()).sum()).sorted().toArray();
        long tokens = Arrays.stream(perArticle).sum();
        out.printf("corpus: %s: %d articles, %d tokens (median %d tokens/article); knowledge and models loaded in %.1f s%n",
                corpus, articles.size(), tokens, perArticle[perArticle.length / 2], loadSeconds);
        IngestReport.Cascade cascade = IngestReport.Cascade.NONE;
        for (Article a : articles) {
            cascade = cascade.plus(pipeline.analyse(a));
        }
        out.printf("deep pass: %d of %d sentences parsed (%.1f%%)%n", cascade.parsed(), cascade.sentences(),
                100 * cascade.share());
        out.printf("%d warm-up run(s), median of %d timed runs, %d cores available%n%n", warmup, runs,
                Runtime.getRuntime().availableProcessors());
        out.printf("%-38s %10s %12s %14s %12s%n", "setting", "seconds", "articles/s", "tokens/s", "peak heap MB");
        for (int n : threads) {
            print(out, measure("CoreNLP tokenize+ssplit alone, " + n + " thr", articles, n, runs, a -> {
                List<Sentence> s = splitter.split(a.text());
                return s.size();
            }), articles.size(), tokens);
            print(out, measure("Attaché pipeline, " + n + " thr", articles, n, runs, a -> {
                Document d = pipeline.analyse(a);
                return d.events().size();
            }), articles.size(), tokens);
        }
        if (nerArticles > 0) {
            List<Article> sample = articles.subList(0, Math.min(nerArticles, articles.size()));
            long sampleTokens = sample.stream().mapToLong(a -> splitter.split(a.text()).stream()
                    .mapToLong(s -> s.tokens().size()).sum()).sum();
            NerPipeline ner = new NerPipeline();
            for (int n : threads) {
                print(out, measure("CoreNLP NER pipeline alone, " + n + " thr*", sample, n, Math.min(runs, NER_RUNS),
                        a -> ner.entityTokens(a.text())), sample.size(), sampleTokens);
            }
            out.printf("* on the first %d articles (%d tokens): tokenize, ssplit, pos, lemma, ner%n", sample.size(),
                    sampleTokens);
        }
        out.flush();
        return 0;
    }

    private Result measure(String setting, List<Article> articles, int threadCount, int runs,
            Function<Article, Integer> work) throws Exception {
        double[] seconds = new double[runs];
        long peak = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            for (int r = -warmup; r < runs; r++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                List<Future<Integer>> futures = new ArrayList<>();
                for (Article a : articles) {
                    futures.add(pool.submit(() -> work.apply(a)));
                }
                for (Future<Integer> f : futures) {
                    f.get();
                }
                if (r >= 0) {
                    seconds[r] = (System.nanoTime() - start) / 1e9;
                    peak = Math.max(peak, peakHeap());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(seconds);
        return new Result(setting, seconds[runs / 2], peak);
    }

    private static void print(PrintWriter out, Result r, int articles, long tokens) {
        out.printf("%-38s %10.2f %12.1f %14.0f %12d%n", r.setting(), r.seconds(), articles / r.seconds(),
                tokens / r.seconds(), r.peakHeap() / (1024 * 1024));
        out.flush();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The corpus's articles, read by the same source as {@code ingest} reads it; a bad item is left out. */
    static List<Article> readCorpus(Path file) {
        List<Article> articles = new ArrayList<>();
        new Sources(SourceOptions.defaults()).walk(List.of(file), item -> {
            if (item instanceof SourceItem.Parsed parsed) {
                articles.add(parsed.article());
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + file);
        }
        return articles;
    }
}
