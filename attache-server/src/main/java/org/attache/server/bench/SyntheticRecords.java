package org.attache.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.model.Actor;
import org.attache.model.Article;
import org.attache.model.Coding;
import org.attache.model.DateBasis;
import org.attache.model.DateInterval;
import org.attache.model.DateOrigin;
import org.attache.model.EventKind;
import org.attache.model.EventMention;
import org.attache.model.EventRecord;
import org.attache.model.Ids;
import org.attache.model.Provenance;
import org.attache.model.PublishedDate;
import org.attache.model.Span;
import org.attache.store.EventStore;

/**
 * Fills a store with generated articles, mentions and records (not read from text: the pipeline is not what is
 * measured), with the shape of real data: twenty states, their leaders, every kind, dates over 25 years, one
 * to three reporting articles per record. The same seed gives the same store.
 */
final class SyntheticRecords {
    private static final String[] STATES = {"PRK", "CHN", "USA", "KOR", "JPN", "RUS", "GBR", "FRA", "DEU", "IND",
        "PAK", "IRN", "ISR", "TUR", "SAU", "UKR", "BRA", "ZAF", "EGY", "IDN"};
    private static final EventKind[] KINDS = EventKind.values();
    private static final String[] PLOVER = {"CONSULT", "CONSULT", "CONSULT", "CONSULT", "SUPPORT", "REQUEST",
        "ACCUSE", "THREATEN", "PROTEST", "MOBILIZE", "ASSAULT", "SANCTION", "AID", "CONSULT", null};
    private static final int ARTICLE_MENTIONS = 5;

    private SyntheticRecords() {
    }

    static void fill(EventStore store, int events, long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2000, 1, 1);
        List<EventRecord> records = new ArrayList<>(events);
        List<EventMention> pending = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int article = 0;
        for (int i = 0; i < events; i++) {
            int kind = random.nextInt(KINDS.length);
            String a = STATES[random.nextInt(STATES.length)];
            String b = STATES[(indexOf(a) + 1 + random.nextInt(STATES.length - 1)) % STATES.length];
            Actor source = random.nextBoolean() ? new Actor(a, "Leader of " + a, "head_of_state") : Actor.state(a);
            Actor target = Actor.state(b);
            LocalDate day = first.plusDays(random.nextInt(25 * 365));
            Coding coding = new Coding(PLOVER[kind], null, null);
            List<EventMention> mentions = new ArrayList<>();
            for (int m = 0, reports = 1 + random.nextInt(3); m < reports; m++) {
                if (pending.size() == ARTICLE_MENTIONS) {
                    save(store, article++, text, pending);
                }
                String sentence = source.person() == null ? a : source.person();
                sentence += " " + KINDS[kind].code().replace('_', ' ') + " with " + b + " on " + day + ". ";
                EventMention mention = new EventMention(Ids.of("m", i, m), "synthetic-" + article, KINDS[kind],
                        coding, List.of(source), List.of(target), DateInterval.day(day, DateBasis.EXPLICIT),
                        new Span(text.length(), text.length() + sentence.length() - 1), 0.9, null,
                        Provenance.of("bench", "synthetic"));
                text.append(sentence);
                pending.add(mention);
                mentions.add(mention);
            }
            records.add(new EventRecord(Ids.of("e", i), KINDS[kind], coding, List.of(source), List.of(target),
                    DateInterval.day(day, DateBasis.EXPLICIT), mentions, null));
        }
        if (!pending.isEmpty()) {
            save(store, article, text, pending);
        }
        store.replaceRecords(records);
    }

    /** Two distinct states of the generated records, to ask for their dyad. */
    static List<String> dyad(Random random) {
        int a = random.nextInt(STATES.length);
        int b = (a + 1 + random.nextInt(STATES.length - 1)) % STATES.length;
        return List.of(STATES[a], STATES[b]);
    }

    private static void save(EventStore store, int article, StringBuilder text, List<EventMention> mentions) {
        store.saveArticle(new Article("synthetic-" + article, null, "Synthetic article " + article, "bench",
                PublishedDate.of(mentions.get(0).date().start(), DateOrigin.METADATA), text.toString()),
                List.copyOf(mentions));
        text.setLength(0);
        mentions.clear();
    }

    private static int indexOf(String state) {
        for (int i = 0; i < STATES.length; i++) {
            if (STATES[i].equals(state)) {
                return i;
            }
        }
        throw new IllegalArgumentException(state);
    }
}
