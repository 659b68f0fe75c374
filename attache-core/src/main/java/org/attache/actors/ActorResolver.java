package org.attache.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.ActorMention;
import org.attache.model.Document;
import org.attache.model.MentionForm;
import org.attache.model.Provenance;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.attache.pipeline.Stage;
import org.attache.time.CalendarNames;

/**
 * Finds actor mentions and resolves them in context: full names; a state, title and name read as one
 * person ("Chinese President Xi Jinping"); titles by who held the office on the article's date ("the US
 * president"); surnames and honorifics after a first mention ("Mr Kim"); role phrases for people the
 * knowledge base lacks ("ambassador Ri Ryong Nam"); pronouns as the person the sentence, or the one before,
 * is about; "the two leaders" as the last two persons named.
 */
public final class ActorResolver implements Stage {
    private static final String STAGE = "actors";
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "'", "s");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    /** Pronouns that, right after a verb of saying, stand for its subject: "Iraq said it would allow ...". */
    private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they");
    /** Words between a verb of saying and the pronoun of its clause: "said on Monday that it ...". */
    private static final Set<String> SAYING_ADJUNCTS = Set.of("that", "on", "today", "yesterday", "tonight", ",");
    private static final int MAX_SAYING_ADJUNCTS = 3;
    private static final String ETHNIC = "ethnic";
    /** CAMEO's sector of the media: reporters tell of events, and are not taken to be the one state's. */
    private static final String MEDIA = "MED";
    /** CAMEO's sector of civilians: an ethnic group named by nationality alone. */
    private static final String CIVILIANS = "CVL";
    private static final int MAX_WORDS_BEFORE_TITLE = 2;
    /** Words that end a "state ... title" phrase: a state never reaches a title across them. */
    private static final Set<String> PHRASE_BREAKS = Set.of(",", "and", "or", ".", "(", "with", "of", "in", "to",
            "for", "at", "by", "from", "on", "the", "a", "an", "unless", "if", "while", "when", "but", "as",
            "after", "before", "that", "which", "who", "said", "says", ";", ":");
    /** Prepositions that join agent words to the actor they belong to. */
    private static final Set<String> AGENT_OF = Set.of("of", "in", "from");
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my");

    private final ActorKnowledge knowledge;

    /** Actors read as agents, and the token where the agent words end. */
    private record Agents(List<Actor> actors, int end) {
    }

    public ActorResolver(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Document apply(Document document) {
        LocalDate date = document.article().published().date();
        List<ActorMention> found = new ArrayList<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!document.isNoise(sentence.span())) {
                sentenceStarts.add(found.size());
                new SentenceReader(sentence.tokens(), date, found, sentenceStarts).read();
            }
        }
        return document.withActors(found);
    }

    /** Reads one sentence's tokens left to right, adding mentions to the document's list so far. */
    private final class SentenceReader {
        private final List<Token> tokens;
        private final LocalDate date;
        private final List<ActorMention> found;
        /** Where each sentence read so far, this one last, starts in {@code found}. */
        private final List<Integer> sentenceStarts;
        private int i;

        SentenceReader(List<Token> tokens, LocalDate date, List<ActorMention> found, List<Integer> sentenceStarts) {
            this.tokens = tokens;
            this.date = date;
            this.found = found;
            this.sentenceStarts = sentenceStarts;
        }

        void read() {
            int first = found.size();
            while (i < tokens.size()) {
                int before = i;
                if (!(phrase() || shortName() || leaderGovernment() || pronoun() || reportedSubject())) {
                    i = before + 1;
                }
            }
            placeEthnicGroups(first);
        }

        /**
         * "ethnic Albanians demonstrated in Serbia": an ethnic group named by a nationality lives in, and is coded
         * as, the state it is said to be in (the first named after "in"), as its civilians unless a sector noun says
         * otherwise; with no such state, the nationality's.
         */
        private void placeEthnicGroups(int first) {
            for (int m = first; m < found.size(); m++) {
                ActorMention mention = found.get(m);
                int at = tokenStartingAt(mention.span().start());
                if (at < 1 || !tokens.get(at - 1).lower().equals(ETHNIC) || mention.actor().isPerson()) {
                    continue;
                }
                Optional<String> home = stateAfterIn(first, mention.actor().country());
                if (home.isEmpty()) {
                    continue;
                }
                String role = mention.actor().role() == null ? CIVILIANS : mention.actor().role();
                found.set(m, new ActorMention(mention.span(), new Actor(home.get(), null, role), mention.form(),
                        Provenance.of(STAGE, "ethnic-group")));
            }
        }

        /** The first state of this sentence's mentions named right after "in", other than {@code except}. */
        private Optional<String> stateAfterIn(int first, String except) {
            for (int m = first; m < found.size(); m++) {
                Actor a = found.get(m).actor();
                int at = tokenStartingAt(found.get(m).span().start());
                if (at > 0 && tokens.get(at - 1).lower().equals("in") && a.role() == null && !a.isPerson()
                        && !a.country().equals(except)) {
                    return Optional.of(a.country());
                }
            }
            return Optional.empty();
        }

        private int tokenStartingAt(int offset) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).span().start() == offset) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * state? ('s)? words? (title* (to state)? (person | new name)? | agent*), or any part of it alone; or
         * agent+ (of|in|from) state.
         */
        private boolean phrase() {
            int start = i;
            Gazetteer.Match first = match(i);
            if (first == null) {
                return false;
            }
            if (has(first, Entry.Type.PERSON) && !has(first, Entry.Type.CODED)) {
                return person(start, first);
            }
            if (has(first, Entry.Type.PAIR)) {
                return pair(start, first);
            }
            if (has(first, Entry.Type.AGENT) && agentOfActor(start, first)) {
                return true;
            }
            Entry state = firstOf(first);
            List<Actor> named = state == null ? List.of() : actorsOf(state);
            if (state != null && named.isEmpty()) {
                i = first.to();
                return true;
            }
            String country = named.isEmpty() ? null : named.get(0).country();
            int at = i;
            if (state != null) {
                at = first.to();
                if (at < tokens.size() && POSSESSIVE.contains(tokens.get(at).text())) {
                    at++;
                }
            }
            String office = null;
            Gazetteer.Match titleMatch = null;
            int afterTitle = -1;
            for (int skip = 0; skip <= (state == null ? 0 : MAX_WORDS_BEFORE_TITLE) && at + skip < tokens.size(); skip++) {
                Gazetteer.Match m = match(at + skip);
                Entry title = m != null && has(m, Entry.Type.TITLE) ? titleFor(m, country) : null;
                if (title != null) {
                    office = title.value();
                    titleMatch = m;
                    afterTitle = m.to();
                    Gazetteer.Match more;
                    while ((more = match(afterTitle)) != null && has(more, Entry.Type.TITLE)) {
                        afterTitle = more.to();
                    }
                    break;
                }
                if (m != null && state != null && has(m, Entry.Type.AGENT) && (skip == 0 || userAgent(m))) {
                    addAll(start, agents(m, named), "actor-agent");
                    return true;
                }
                if (m != null || isBoundary(at + skip)) {
                    break;
                }
            }
            if (office == null) {
                if (state == null) {
                    if (has(first, Entry.Type.HONORIFIC)) {
                        return honorific(start, first.to());
                    }
                    i = first.to();
                    societyOfTheOneState(start, first);
                    return true;
                }
                i = first.to();
                if (i < tokens.size() && tokens.get(i).lower().equals("capital")) {
                    add(start, i + 1, named.get(0), MentionForm.METONYM, "state-capital");
                } else if (!modifies(i)) {
                    for (Actor actor : named) {
                        add(start, first.to(), actor, formOf(state), "state-" + state.type().name().toLowerCase());
                    }
                }
                return true;
            }
            int end = afterTitle;
            if (state != null && end + 1 < tokens.size() && tokens.get(end).text().equals("to")) {
                Gazetteer.Match dest = match(end + 1);
                if (dest != null && firstOf(dest) != null) {
                    end = dest.to();
                }
            }
            Gazetteer.Match next = match(end);
            if (next != null && has(next, Entry.Type.PERSON)) {
                return person(start, next);
            }
            Optional<Actor> titled = titledShortName(end, country, office);
            if (titled.isPresent()) {
                add(start, end + 1, new Actor(titled.get().country(), titled.get().person(), office),
                        MentionForm.SHORT_NAME, "title-short-name");
                return true;
            }
            int nameEnd = unknownName(end);
            if (nameEnd == end && next != null && country != null && namesOwnCountry(next, country)) {
                nameEnd = next.to();
            }
            if (nameEnd > end && country != null) {
                String name = text(end, nameEnd);
                add(start, nameEnd, new Actor(country, name, office), MentionForm.ROLE_PHRASE, "role-phrase");
                return true;
            }
            Optional<String> onlyState = nameEnd > end && country == null ? onlyStateOfSentence() : Optional.empty();
            if (onlyState.isPresent()) {
                // "Vice-President Moody Awori has declined to resign despite pressure by the Kenya ... Commission"
                add(start, nameEnd, new Actor(onlyState.get(), text(end, nameEnd), office), MentionForm.ROLE_PHRASE,
                        "role-phrase-state-of-sentence");
                return true;
            }
            if (country == null && titleOfState(start, titleMatch, end)) {
                return true;
            }
            if (country == null) {
                Optional<String> recent = recentHolder(null, office);
                i = end;
                if (recent.isPresent()) {
                    add(start, end, actorOf(recent.get(), office), MentionForm.TITLE, "title-recent-holder");
                }
                return true;
            }
            Optional<String> holder = date == null ? recentHolder(country, office) : knowledge.holder(country, office, date);
            Actor actor = new Actor(country, holder.orElse(null), office);
            add(start, end, actor, MentionForm.TITLE, date == null ? "title-recent-holder" : "title-by-date");
            return true;
        }

        /**
         * "the president of Armenia", "the foreign minister of Japan": the title of the state named after "of", held
         * by whoever held it on the article's date.
         */
        private boolean titleOfState(int start, Gazetteer.Match title, int end) {
            if (end + 1 >= tokens.size() || !tokens.get(end).lower().equals("of")) {
                return false;
            }
            Gazetteer.Match of = match(skipThe(end + 1));
            Entry state = of == null ? null : firstOf(of);
            List<Actor> named = state == null ? List.of() : actorsOf(state);
            Entry office = named.size() == 1 ? titleFor(title, named.get(0).country()) : null;
            if (office == null) {
                return false;
            }
            String country = named.get(0).country();
            Optional<String> holder = date == null ? recentHolder(country, office.value())
                    : knowledge.holder(country, office.value(), date);
            add(start, of.to(), new Actor(country, holder.orElse(null), office.value()), MentionForm.TITLE,
                    "title-of-state");
            return true;
        }

        /**
         * "the government of Norland", "lawmakers in Norland", "soldiers from Norland": the actor named after the
         * agent words, as those agents. False, and nothing read, when no actor follows.
         */
        private boolean agentOfActor(int start, Gazetteer.Match first) {
            if (start > 0 && OWNER_PRONOUNS.contains(tokens.get(start - 1).lower())) {
                return false; // "withdrew its troops from Lebanon": the troops are the subject's
            }
            int end = agents(first, List.of()).end();
            if (end >= tokens.size() || !AGENT_OF.contains(tokens.get(end).lower())
                    || tokens.get(end).lower().equals("in") && !userAgent(first) && !societyAgent(first)) {
                return false;
            }
            Gazetteer.Match of = match(skipThe(end + 1));
            Entry state = of == null ? null : firstOf(of);
            List<Actor> named = state == null ? List.of() : actorsOf(state);
            if (named.isEmpty()) {
                return false;
            }
            addAll(start, new Agents(agents(first, named).actors(), of.to()), "agent-of-actor");
            return true;
        }

        /**
         * Whether the agent word is a user's PETRARCH agent. A bundled sector noun must follow its state at once
         * ("Turkey deployed troops" is no actor "Turkey ... troops"), and one of the state's organs before "in"
         * names where the actor is, not whose ("troops in Iraq"); society's groups are of where they are.
         */
        /** "rebels in Chad", "opposition groups in Zimbabwe": a society's groups are of the state they are in. */
        private boolean societyAgent(Gazetteer.Match m) {
            return m.entries().stream().anyMatch(e -> e.type() == Entry.Type.AGENT && e.value() != null
                    && knowledge.isSocietySector(e.value()));
        }

        private boolean userAgent(Gazetteer.Match m) {
            return m.entries().stream().anyMatch(e -> e.type() == Entry.Type.AGENT && e.value() == null);
        }

        /** The actors as the agent words that start at {@code m} and follow one another ("Norland reformist media"). */
        private Agents agents(Gazetteer.Match m, List<Actor> named) {
            List<Actor> actors = named;
            Gazetteer.Match next = m;
            int end = m.to();
            while (next != null && has(next, Entry.Type.AGENT)) {
                actors = asAgent(actors, next);
                end = next.to();
                next = match(end);
            }
            return new Agents(actors, end);
        }

        private List<Actor> asAgent(List<Actor> actors, Gazetteer.Match agent) {
            Entry entry = agent.entries().stream().filter(e -> e.type() == Entry.Type.AGENT)
                    .min(Comparator.comparing(e -> e.value() != null)).orElseThrow();
            return actors.stream().map(a -> knowledge.asAgent(a, entry)).toList();
        }

        /** The actors a state-naming entry names on the document's date: a coded phrase may name several, or none. */
        private List<Actor> actorsOf(Entry state) {
            return switch (state.type()) {
                case CODED -> knowledge.codedActors(state.code(), date);
                case GROUP -> List.of(new Actor(state.code(), null, state.value()));
                default -> List.of(Actor.state(state.code()));
            };
        }

        private void addAll(int start, Agents agents, String rule) {
            agents.actors().forEach(a -> add(start, agents.end(), a, MentionForm.DICTIONARY, rule));
            i = agents.end();
        }

        private int skipThe(int at) {
            return at < tokens.size() && tokens.get(at).lower().equals("the") ? at + 1 : at;
        }

        private boolean person(int start, Gazetteer.Match m) {
            Entry entry = m.entries().stream().filter(e -> e.type() == Entry.Type.PERSON).findFirst().orElseThrow();
            add(start, m.to(), new Actor(entry.code(), entry.value(), null), MentionForm.FULL_NAME, "full-name");
            return true;
        }

        /** "Mr Kim", "President Xi": a known person by short name, or nothing. */
        private boolean honorific(int start, int at) {
            i = at;
            if (at < tokens.size() && isCapitalised(tokens.get(at).text())) {
                Optional<Actor> person = personByShortName(tokens.get(at).text());
                if (person.isPresent()) {
                    add(start, at + 1, person.get(), MentionForm.SHORT_NAME, "honorific-short-name");
                    i = at + 1;
                }
            }
            return true;
        }

        /**
         * A bare surname of someone this document already named in full, unless it is part of a longer name
         * ("Kim You-geun" is not Kim Jong Un).
         */
        private boolean shortName() {
            Token token = tokens.get(i);
            if (!isCapitalised(token.text()) || (i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1).text()))
                    || (i > 0 && isCapitalised(tokens.get(i - 1).text()))) {
                return false;
            }
            Optional<Actor> person = namedEarlier(token.text());
            if (person.isPresent()) {
                add(i, i + 1, person.get(), MentionForm.SHORT_NAME, "short-name-after-full");
                return true;
            }
            // "Putin offered to negotiate": the one person of that surname in office on the article's date
            person = CalendarNames.isMonth(token.text()) ? Optional.empty() : personByShortName(token.text());
            if (person.isEmpty()) {
                return false;
            }
            add(i, i + 1, person.get(), MentionForm.SHORT_NAME, "short-name-in-office");
            return true;
        }

        /**
         * "he", "she", "his", "her": the first person named earlier in the sentence, which is usually its
         * subject; else the first person named in the nearest sentence before that names one.
         */
        private boolean pronoun() {
            String word = tokens.get(i).lower();
            if (!PRONOUNS.contains(word) && !POSSESSIVE_PRONOUNS.contains(word)) {
                return false;
            }
            Optional<Actor> antecedent = antecedent();
            if (antecedent.isEmpty()) {
                return false;
            }
            add(i, i + 1, antecedent.get(), MentionForm.PRONOUN, "pronoun-subject-person");
            return true;
        }

        /**
         * "Shona rebels accepted the offer of the Mozambique government": a society's group named by no state is of
         * the one state the sentence names, if it names exactly one.
         */
        private void societyOfTheOneState(int start, Gazetteer.Match agent) {
            String sector = agent.entries().stream().filter(e -> e.type() == Entry.Type.AGENT && e.value() != null
                    && knowledge.isSocietySector(e.value()) && !e.value().equals(MEDIA)).map(Entry::value).findFirst()
                    .orElse(null);
            Optional<String> state = sector == null ? Optional.empty() : onlyStateOfSentence();
            state.ifPresent(country -> add(start, agent.to(), new Actor(country, null, sector), MentionForm.DICTIONARY,
                    "society-of-the-one-state"));
        }

        /**
         * The one state (by name, capital, adjective or one of its groups) the sentence names, if it names exactly
         * one and not as the state of another titled person.
         */
        private Optional<String> onlyStateOfSentence() {
            Set<String> countries = new HashSet<>();
            for (int k = 0; k < tokens.size(); k++) {
                Gazetteer.Match m = match(k);
                if (m == null) {
                    continue;
                }
                List<String> states = m.entries().stream().filter(e -> e.type() == Entry.Type.STATE_NAME
                        || e.type() == Entry.Type.METONYM || e.type() == Entry.Type.ADJECTIVE
                        || e.type() == Entry.Type.GROUP).map(Entry::code).toList();
                Gazetteer.Match after = states.isEmpty() ? null : match(m.to());
                if (after != null && has(after, Entry.Type.TITLE)) {
                    return Optional.empty(); // "welcomed South African leader de Klerk": that state is another's
                }
                countries.addAll(states);
                k = m.to() - 1;
            }
            return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
        }

        /**
         * "the Bush administration", "the Assad regime": a state organ named by the surname of a known leader is
         * that leader's state's, where all known persons of that name are of one state.
         */
        private boolean leaderGovernment() {
            if (i + 1 >= tokens.size() || !isCapitalised(tokens.get(i).text())) {
                return false;
            }
            Gazetteer.Match organ = match(i + 1);
            String sector = organ == null ? null : organ.entries().stream()
                    .filter(e -> e.type() == Entry.Type.AGENT && e.value() != null && !knowledge.isSocietySector(e.value()))
                    .map(Entry::value).findFirst().orElse(null);
            List<String> countries = knowledge.byShortName(tokens.get(i).text()).stream().map(Person::country).distinct()
                    .toList();
            if (sector == null || countries.size() != 1) {
                return false;
            }
            add(i, organ.to(), new Actor(countries.get(0), null, sector), MentionForm.DICTIONARY, "leader-government");
            return true;
        }

        /**
         * "Iraq said on Monday it would allow ...", "the rebels have announced they will ...": "it" or "they" right
         * after a verb of saying is its subject, the actor named just before the verb ("it" only a state or body).
         */
        private boolean reportedSubject() {
            String word = tokens.get(i).lower();
            if (!REPORTED_PRONOUNS.contains(word)) {
                return false;
            }
            int k = i - 1;
            Actor told = k >= 1 && tokens.get(k).lower().equals("that") ? mentionEndingAt(k - 1, word) : null;
            if (told != null) {
                // "reminded Iraq that it must cooperate": the one told is the one it stands for
                add(i, i + 1, told, MentionForm.PRONOUN, "pronoun-told");
                return true;
            }
            for (int skipped = 0; k >= 0 && skipped < MAX_SAYING_ADJUNCTS && isSayingAdjunct(tokens.get(k)); skipped++) {
                k--;
            }
            if (k < 1 || !knowledge.isSayingVerb(tokens.get(k).lower())) {
                return false;
            }
            k--;
            while (k > 0 && knowledge.mayPrecedeSaying(tokens.get(k).lower())) {
                k--;
            }
            Actor speaker = mentionEndingAt(k, word);
            if (speaker == null) {
                return false;
            }
            add(i, i + 1, speaker, MentionForm.PRONOUN, "pronoun-reported-subject");
            return true;
        }

        /** The actor of this sentence's mention that ends at token {@code k}, if "it" ({@code pronoun}) may be it. */
        private Actor mentionEndingAt(int k, String pronoun) {
            int end = tokens.get(k).span().end();
            for (int m = found.size() - 1; m >= sentenceStarts.get(sentenceStarts.size() - 1); m--) {
                Actor actor = found.get(m).actor();
                if (found.get(m).span().end() == end && (pronoun.equals("they") || !actor.isPerson())) {
                    return actor;
                }
            }
            return null;
        }

        private static boolean isSayingAdjunct(Token token) {
            return SAYING_ADJUNCTS.contains(token.lower()) || CalendarNames.isWeekday(token.text());
        }

        private Optional<Actor> antecedent() {
            for (int j = sentenceStarts.size() - 1; j >= 0; j--) {
                int to = j + 1 < sentenceStarts.size() ? sentenceStarts.get(j + 1) : found.size();
                for (int k = sentenceStarts.get(j); k < to; k++) {
                    if (found.get(k).actor().isPerson()) {
                        return Optional.of(found.get(k).actor());
                    }
                }
            }
            return Optional.empty();
        }

        /** "the two leaders", "both sides": the last two persons, or countries, of different countries named. */
        private boolean pair(int start, Gazetteer.Match m) {
            boolean persons = m.entries().stream().anyMatch(e -> e.type() == Entry.Type.PAIR && e.value().equals("persons"));
            List<Actor> two = new ArrayList<>();
            for (int k = found.size() - 1; k >= 0 && two.size() < 2; k--) {
                Actor a = found.get(k).actor();
                if ((!persons || a.isPerson()) && two.stream().noneMatch(t -> t.country().equals(a.country()))) {
                    two.add(persons ? new Actor(a.country(), a.person(), null) : Actor.state(a.country()));
                }
            }
            i = m.to();
            if (two.size() == 2) {
                String rule = persons ? "pair-persons" : "pair-states";
                add(start, m.to(), two.get(1), MentionForm.PRONOUN, rule);
                add(start, m.to(), two.get(0), MentionForm.PRONOUN, rule);
            }
            return true;
        }

        private Optional<Actor> personByShortName(String word) {
            Optional<Actor> earlier = namedEarlier(word);
            if (earlier.isPresent() || date == null) {
                return earlier;
            }
            List<Person> inOffice = knowledge.byShortName(word).stream()
                    .filter(p -> knowledge.terms(p.name()).stream().anyMatch(t -> t.covers(date))).toList();
            return inOffice.size() == 1
                    ? Optional.of(new Actor(inOffice.get(0).country(), inOffice.get(0).name(), null))
                    : Optional.empty();
        }

        /**
         * "President Xi": the known person whose short name follows a title, of the title's country if it has one,
         * unless the word starts a longer name ("President Kim Dae-jung" is not Kim Jong Un).
         */
        private Optional<Actor> titledShortName(int at, String country, String office) {
            if (at >= tokens.size() || !isCapitalised(tokens.get(at).text())
                    || at + 1 < tokens.size() && isCapitalised(tokens.get(at + 1).text())) {
                return Optional.empty();
            }
            Optional<Actor> person = personByShortName(tokens.get(at).text())
                    .filter(p -> country == null || country.equals(p.country()));
            if (person.isPresent() || office == null) {
                return person;
            }
            // "former President Obama": the one known person of that name who ever held the office, in it or not.
            List<Person> held = knowledge.byShortName(tokens.get(at).text()).stream()
                    .filter(p -> (country == null || country.equals(p.country()))
                            && knowledge.everHeld(p.name(), p.country(), office)).toList();
            return held.size() == 1 ? Optional.of(new Actor(held.get(0).country(), held.get(0).name(), null))
                    : Optional.empty();
        }

        private Optional<Actor> namedEarlier(String word) {
            List<Person> candidates = knowledge.byShortName(word);
            for (int k = found.size() - 1; k >= 0; k--) {
                Actor a = found.get(k).actor();
                if (a.isPerson() && candidates.stream().anyMatch(p -> p.name().equals(a.person()))) {
                    return Optional.of(new Actor(a.country(), a.person(), null));
                }
            }
            return Optional.empty();
        }

        /** The last person named in the document who ever held this office (of this country, if given). */
        private Optional<String> recentHolder(String country, String office) {
            for (int k = found.size() - 1; k >= 0; k--) {
                Actor a = found.get(k).actor();
                if (a.isPerson() && (country == null || a.country().equals(country))
                        && (office.equals(a.role()) || knowledge.everHeld(a.person(), a.country(), office))) {
                    return Optional.of(a.person());
                }
            }
            return Optional.empty();
        }

        private Actor actorOf(String person, String office) {
            String country = knowledge.person(person).map(Person::country).orElseGet(() -> found.stream()
                    .filter(m -> person.equals(m.actor().person())).map(m -> m.actor().country()).findFirst()
                    .orElseThrow());
            return new Actor(country, person, office);
        }

        /** End of 2 or 3 capitalised words that name no known thing, or {@code from} if there are none. */
        private int unknownName(int from) {
            int end = from;
            while (end < tokens.size() && end - from < 3 && isCapitalised(tokens.get(end).text())
                    && match(end) == null) {
                end++;
            }
            return end - from >= 2 ? end : from;
        }

        /**
         * Whether a dictionary phrase names an actor of this country ("Norland President Maren", where the
         * dictionary codes Maren as Norland): after a title it is the holder's name, not another actor.
         */
        private boolean namesOwnCountry(Gazetteer.Match m, String country) {
            Entry e = firstOf(m);
            return e != null && e.type() == Entry.Type.CODED
                    && actorsOf(e).stream().anyMatch(a -> a.country().equals(country));
        }

        /** "a North Korea expert": the state only modifies a noun that is not an actor. */
        private boolean modifies(int at) {
            for (int k = at; k < Math.min(at + 2, tokens.size()); k++) {
                Gazetteer.Match m = match(k);
                if (m != null && has(m, Entry.Type.MODIFIED_NOUN)) {
                    return true;
                }
            }
            return false;
        }

        /** A word a state and its title or agent do not stand across ("Norland with the parliament of Vale"). */
        private boolean isBoundary(int at) {
            return PHRASE_BREAKS.contains(tokens.get(at).lower());
        }

        /** The title's office for that country: a line for that country first, else a general line. */
        private Entry titleFor(Gazetteer.Match m, String country) {
            Entry general = null;
            for (Entry e : m.entries()) {
                if (e.type() != Entry.Type.TITLE) {
                    continue;
                }
                if (e.code().isEmpty()) {
                    general = general == null ? e : general;
                } else if (country != null && Set.of(e.code().split("\\|")).contains(country)) {
                    return e;
                }
            }
            return general;
        }

        private Gazetteer.Match match(int at) {
            return at < tokens.size() ? knowledge.gazetteer().longest(tokens, at) : null;
        }

        private void add(int from, int to, Actor actor, MentionForm form, String rule) {
            Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
            found.add(new ActorMention(span, actor, form, Provenance.of(STAGE, rule)));
            i = to;
        }

        private String text(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) {
                sb.append(k > from ? " " : "").append(tokens.get(k).text());
            }
            return sb.toString();
        }
    }

    private static boolean has(Gazetteer.Match m, Entry.Type type) {
        return m.entries().stream().anyMatch(e -> e.type() == type);
    }

    /** What the match names as a state or body; a user's coded phrase wins over a bundled name of the same words. */
    private static Entry firstOf(Gazetteer.Match m) {
        return m.entries().stream().filter(Entry::namesState)
                .min(Comparator.comparing(e -> e.type() != Entry.Type.CODED)).orElse(null);
    }

    private static MentionForm formOf(Entry e) {
        return switch (e.type()) {
            case METONYM -> MentionForm.METONYM;
            case ADJECTIVE -> MentionForm.ADJECTIVE;
            case CODED -> MentionForm.DICTIONARY;
            default -> MentionForm.STATE_NAME;
        };
    }

    private static boolean isCapitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }
}
