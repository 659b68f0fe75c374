package org.attache.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attache.actors.petrarch.AgentCode;
import org.attache.actors.petrarch.CameoCodes;
import org.attache.actors.petrarch.PetrarchDictionaries;
import org.attache.knowledge.KnowledgeFiles;
import org.attache.knowledge.TsvRow;
import org.attache.model.Actor;

/**
 * The actor knowledge base, loaded once from the knowledge files (format: docs/knowledge.md) into immutable
 * indexes: states, bodies, people, their dated offices and the title words that name offices.
 */
public final class ActorKnowledge {
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, List<Term>> termsByOffice = new HashMap<>();
    private final Map<String, List<Term>> termsByPerson = new HashMap<>();
    private final Map<String, List<Person>> byShortName = new HashMap<>();
    private final Gazetteer gazetteer;
    /** Sector codes of sectors.tsv's society side: rebels, opposition, protesters, workers ... */
    private final Set<String> societySectors = new HashSet<>();
    private final PetrarchDictionaries petrarch;
    /** One-word verbs of saying of quote-cues.tsv ("said", "announced"), and the words between them and a subject. */
    private final Set<String> sayingVerbs = new HashSet<>();
    private final Set<String> beforeSaying = new HashSet<>();

    private ActorKnowledge(KnowledgeFiles files, PetrarchDictionaries petrarch,
            Function<String, List<String>> tokenizer) {
        gazetteer = new Gazetteer(tokenizer);
        this.petrarch = petrarch;
        for (TsvRow row : files.rows("states.tsv")) {
            State s = new State(code(row, 0), required(row, 1), row.alternatives(2), row.alternatives(3),
                    row.alternatives(4), row.cell(5).isEmpty() ? "head_of_state" : row.cell(5));
            states.put(s.code(), s);
            gazetteer.add(s.name(), new Entry(Entry.Type.STATE_NAME, s.code(), null));
            s.variants().forEach(v -> gazetteer.add(v, new Entry(Entry.Type.STATE_NAME, s.code(), null)));
            s.metonyms().forEach(v -> gazetteer.add(v, new Entry(Entry.Type.METONYM, s.code(), null)));
            s.adjectives().forEach(v -> gazetteer.add(v, new Entry(Entry.Type.ADJECTIVE, s.code(), null)));
        }
        for (TsvRow row : files.rows("bodies.tsv")) {
            Body b = new Body(code(row, 0), required(row, 1), row.alternatives(2), row.alternatives(3));
            bodies.put(b.code(), b);
            gazetteer.add(b.name(), new Entry(Entry.Type.BODY, b.code(), null));
            b.variants().forEach(v -> gazetteer.add(v, new Entry(Entry.Type.BODY, b.code(), null)));
            b.adjectives().forEach(v -> gazetteer.add(v, new Entry(Entry.Type.BODY, b.code(), null)));
        }
        for (TsvRow row : files.rows("groups.tsv")) {
            Entry entry = new Entry(Entry.Type.GROUP, code(row, 2), required(row, 3));
            gazetteer.add(required(row, 0), entry);
            row.alternatives(1).forEach(v -> gazetteer.add(v, entry));
        }
        for (TsvRow row : files.rows("people.tsv")) {
            Person p = new Person(required(row, 0), code(row, 1), row.alternatives(2), row.cell(3));
            people.put(p.name(), p);
            Entry entry = new Entry(Entry.Type.PERSON, p.country(), p.name());
            gazetteer.add(p.name(), entry);
            p.variants().forEach(v -> gazetteer.add(v, entry));
            if (!p.shortName().isEmpty()) {
                byShortName.computeIfAbsent(Names.key(p.shortName()), k -> new ArrayList<>()).add(p);
            }
        }
        for (TsvRow row : files.rows("offices.tsv")) {
            String person = required(row, 2);
            if (!people.containsKey(person)) {
                throw row.error("office holder '" + person + "' is not in people.tsv");
            }
            Term t = new Term(code(row, 0), required(row, 1), person, date(row, 3),
                    row.cell(4).isEmpty() ? null : date(row, 4));
            termsByOffice.computeIfAbsent(officeKey(t.country(), t.office()), k -> new ArrayList<>()).add(t);
            termsByPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(t);
        }
        termsByOffice.values().forEach(list -> list.sort(Comparator.comparing(Term::start)));
        for (TsvRow row : files.rows("titles.tsv")) {
            String office = required(row, 1);
            for (String phrase : row.alternatives(0)) {
                gazetteer.add(phrase, new Entry(Entry.Type.TITLE, String.join("|", row.alternatives(2)), office));
            }
        }
        for (TsvRow row : files.rows("honorifics.tsv")) {
            row.alternatives(0).forEach(h -> gazetteer.add(h, new Entry(Entry.Type.HONORIFIC, "", null)));
        }
        for (TsvRow row : files.rows("pair-phrases.tsv")) {
            String refersTo = required(row, 1);
            if (!refersTo.equals("persons") && !refersTo.equals("states")) {
                throw row.error("refers to 'persons' or 'states', not '" + refersTo + "'");
            }
            row.alternatives(0).forEach(p -> gazetteer.add(p, new Entry(Entry.Type.PAIR, "", refersTo)));
        }
        for (TsvRow row : files.rows("modifier-nouns.tsv")) {
            row.alternatives(0).forEach(n -> gazetteer.add(n, new Entry(Entry.Type.MODIFIED_NOUN, "", null)));
        }
        for (TsvRow row : files.rows("sectors.tsv")) {
            String sector = required(row, 1);
            if (row.cell(2).equals("society")) {
                societySectors.add(sector);
            }
            row.alternatives(0).forEach(p -> gazetteer.add(p, new Entry(Entry.Type.AGENT, p, sector)));
        }
        for (TsvRow row : files.rows("quote-cues.tsv")) {
            switch (row.cell(0)) {
                case "say", "verb" -> row.alternatives(1).stream().filter(v -> !v.contains(" ")).forEach(sayingVerbs::add);
                case "between" -> beforeSaying.addAll(row.alternatives(1));
                default -> { }
            }
        }
        petrarch.actors().phrases().forEach(p -> gazetteer.addAnyCase(p, new Entry(Entry.Type.CODED, p, null)));
        petrarch.agents().phrases().forEach(p -> gazetteer.addAnyCase(p, new Entry(Entry.Type.AGENT, p, null)));
    }

    /** Loads the knowledge files; {@code tokenizer} splits phrases into words as the document tokenizer does. */
    public static ActorKnowledge load(KnowledgeFiles files, Function<String, List<String>> tokenizer) {
        return load(files, PetrarchDictionaries.none(), tokenizer);
    }

    /** Loads the knowledge files and a user's PETRARCH dictionaries, whose phrases add to the bundled names. */
    public static ActorKnowledge load(KnowledgeFiles files, PetrarchDictionaries petrarch,
            Function<String, List<String>> tokenizer) {
        return new ActorKnowledge(files, petrarch, tokenizer);
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Whether the (lower-case) word is a one-word verb of saying: "said", "announced", "confirmed". */
    public boolean isSayingVerb(String word) {
        return sayingVerbs.contains(word);
    }

    /** Whether the (lower-case) word may stand between a speaker and its verb of saying: "has", "also". */
    public boolean mayPrecedeSaying(String word) {
        return beforeSaying.contains(word);
    }

    public Optional<State> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    /** Whether the sector belongs to a state's society rather than to its organs (sectors.tsv). */
    boolean isSocietySector(String sector) {
        return societySectors.contains(sector);
    }

    public boolean isBody(String code) {
        return bodies.containsKey(code);
    }

    public Optional<Person> person(String name) {
        return Optional.ofNullable(people.get(name));
    }

    public int stateCount() {
        return states.size();
    }

    /** Who held the office of that state or body on that day, if the knowledge base knows. */
    public Optional<String> holder(String country, String office, LocalDate day) {
        String resolved = "leader".equals(office) ? leaderOffice(country) : office;
        return termsByOffice.getOrDefault(officeKey(country, resolved), List.of()).stream()
                .filter(t -> t.covers(day)).map(Term::person).reduce((a, b) -> b);
    }

    /** Whether the person ever held that office (used where the date is unknown). */
    public boolean everHeld(String person, String country, String office) {
        String resolved = "leader".equals(office) ? leaderOffice(country) : office;
        return termsByPerson.getOrDefault(person, List.of()).stream()
                .anyMatch(t -> t.country().equals(country) && t.office().equals(resolved));
    }

    public List<Term> terms(String person) {
        return termsByPerson.getOrDefault(person, List.of());
    }

    /** The actors a coded dictionary phrase names on that day, by its date-restricted codes; none if no code holds. */
    List<Actor> codedActors(String phrase, LocalDate day) {
        return petrarch.actors().codeOn(phrase, day).map(CameoCodes::actors).orElse(List.of());
    }

    /**
     * The actor as the agent an agent word names ("government": the actor's GOV sector): a user's agent
     * dictionary first, else the bundled sector noun ({@code value} of a sectors.tsv entry).
     */
    Actor asAgent(Actor actor, Entry agent) {
        Optional<AgentCode> code = petrarch.agents().code(agent.code());
        if (code.isEmpty() && agent.value() != null) {
            code = Optional.of(new AgentCode(agent.value(), false));
        }
        return code.map(c -> c.applyTo(actor)).orElse(actor);
    }

    /** People whose short name ("Xi", "Trump") is this word. */
    List<Person> byShortName(String word) {
        return byShortName.getOrDefault(Names.key(word), List.of());
    }

    private String leaderOffice(String country) {
        State s = states.get(country);
        return s == null ? "head_of_state" : s.leaderOffice();
    }

    private static String officeKey(String country, String office) {
        return country + "/" + office;
    }

    private static String required(TsvRow row, int column) {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            throw row.error("column " + (column + 1) + " is empty");
        }
        return cell;
    }

    private static String code(TsvRow row, int column) {
        return required(row, column).toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(TsvRow row, int column) {
        try {
            return LocalDate.parse(row.cell(column));
        } catch (DateTimeParseException e) {
            throw row.error("not an ISO date: '" + row.cell(column) + "'");
        }
    }

    /** Codes of all states and bodies, for checks. */
    public java.util.Set<String> codes() {
        var all = new HashSet<>(states.keySet());
        all.addAll(bodies.keySet());
        return all;
    }
}
