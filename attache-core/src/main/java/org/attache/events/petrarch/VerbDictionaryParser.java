package org.attache.events.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.actors.petrarch.DictionaryLines.Line;

/**
 * Reads a verb dictionary's lines: {@code &NAME} synsets with their {@code +} members (which may name other
 * synsets); {@code --- VERB [code] ---} blocks; in a block, verb lines ({@code WORD {IRREGULAR FORMS} [code]},
 * {@code +} marking the verb among particles: {@code +CALL_OFF}, {@code COLD_+SHOULDER}) and pattern lines
 * ({@code - WORDS * WORDS [code]} with {@code $ + % ^ &SYNSET}).
 */
final class VerbDictionaryParser {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

    private final List<VerbForm> forms = new ArrayList<>();
    private final Map<String, List<String>> synsetLines = new LinkedHashMap<>();
    private final List<Line> synsetReferences = new ArrayList<>();
    private String synset;
    private Line header;
    private VerbCode blockCode;
    private final List<Line> verbLines = new ArrayList<>();
    private final List<VerbPattern> patterns = new ArrayList<>();

    private VerbDictionaryParser() {
    }

    static VerbDictionary parse(List<Line> lines) {
        VerbDictionaryParser p = new VerbDictionaryParser();
        for (Line line : lines) {
            p.line(line);
        }
        p.closeBlock();
        return new VerbDictionary(p.forms, p.expandSynsets());
    }

    private void line(Line line) {
        String t = line.text();
        if (t.startsWith("---")) {
            closeBlock();
            synset = null;
            openBlock(line);
        } else if (t.startsWith("&")) {
            closeBlock();
            synset = synsetName(t.split("\\s+")[0]);
            synsetLines.put(synset, new ArrayList<>());
        } else if (t.startsWith("+") && synset != null) {
            synsetLines.get(synset).add(t.substring(1).strip());
            if (t.contains("&")) {
                synsetReferences.add(line);
            }
        } else if (header == null) {
            throw line.error("outside a verb block or synset: " + t);
        } else if (t.startsWith("-")) {
            patterns.add(pattern(line));
        } else {
            verbLines.add(line);
        }
    }

    private void openBlock(Line line) {
        String t = line.text().replaceAll("^-+", "").replaceAll("-+$", "").strip();
        Matcher code = CODE.matcher(t);
        if (!code.find()) {
            throw line.error("verb block without a code: " + line.text());
        }
        header = line;
        blockCode = VerbCode.parse(code.group(1));
    }

    private void closeBlock() {
        if (header == null) {
            return;
        }
        String name = header.text().replaceAll("^-+", "").split("\\[")[0].strip();
        VerbBlock block = new VerbBlock(name, blockCode, List.copyOf(patterns));
        if (verbLines.isEmpty()) {
            throw header.error("verb block without a verb: " + name);
        }
        for (Line l : verbLines) {
            verb(l, block);
        }
        header = null;
        verbLines.clear();
        patterns.clear();
    }

    /** A verb line: its forms, regular and listed, each with the line's own code or the block's. */
    private void verb(Line line, VerbBlock block) {
        String t = line.text();
        Matcher own = CODE.matcher(t);
        VerbCode code = own.find() ? VerbCode.parse(own.group(1)) : block.code();
        Matcher braces = FORMS.matcher(t);
        String listed = braces.find() ? braces.group(1) : "";
        String words = CODE.matcher(FORMS.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
        if (words.isEmpty()) {
            throw line.error("verb line without a verb: " + t);
        }
        List<String> parts = words(words);
        int head = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).startsWith("+")) {
                head = i;
            }
        }
        List<String> plain = parts.stream().map(VerbDictionaryParser::unmarked).toList();
        Set<List<String>> all = new LinkedHashSet<>();
        for (String form : Inflections.of(plain.get(head).toUpperCase(Locale.ROOT))) {
            List<String> f = new ArrayList<>(plain);
            f.set(head, form);
            all.add(f);
        }
        for (String written : listed.strip().isEmpty() ? new String[0] : listed.strip().split("\\s+")) {
            List<String> f = words(written).stream().map(VerbDictionaryParser::unmarked).toList();
            if (f.size() == 1 && plain.size() > 1) {
                List<String> replaced = new ArrayList<>(plain);
                replaced.set(head, f.get(0));
                f = replaced;
            }
            all.add(f);
        }
        for (List<String> f : all) {
            forms.add(new VerbForm(f.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), code, block));
        }
    }

    private VerbPattern pattern(Line line) {
        String t = line.text().substring(1).strip();
        Matcher code = CODE.matcher(t);
        String codeText = null;
        int codeAt = -1;
        while (code.find()) {
            codeText = code.group(1);
            codeAt = code.start();
        }
        if (codeText == null) {
            throw line.error("pattern without a code: " + line.text());
        }
        List<Element> elements = new ArrayList<>();
        int verb = -1;
        boolean verbJoined = false;
        for (String chunk : t.substring(0, codeAt).strip().split("\\s+")) {
            boolean joined = false;
            for (String part : chunk.split("_")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.equals("*")) {
                    if (verb >= 0) {
                        throw line.error("pattern with two verbs (*): " + line.text());
                    }
                    verb = elements.size();
                    verbJoined = joined;
                } else {
                    elements.add(element(part, joined, line));
                }
                joined = true;
            }
        }
        if (verb < 0) {
            throw line.error("pattern without its verb (*): " + line.text());
        }
        // Before the verb, nearest first; each element is joined to its neighbour on the verb's side.
        List<Element> before = new ArrayList<>();
        for (int i = verb - 1; i >= 0; i--) {
            boolean joined = i + 1 < verb ? elements.get(i + 1).joined() : verbJoined;
            Element e = elements.get(i);
            before.add(new Element(e.type(), e.value(), joined));
        }
        return new VerbPattern(before, elements.subList(verb, elements.size()), VerbCode.parse(codeText),
                line.source() + ":" + line.number());
    }

    private Element element(String part, boolean joined, Line line) {
        return switch (part) {
            case "$" -> new Element(Element.Type.SOURCE, "$", joined);
            case "+" -> new Element(Element.Type.TARGET, "+", joined);
            case "%" -> new Element(Element.Type.COMPOUND, "%", joined);
            case "^" -> new Element(Element.Type.SKIP, "^", joined);
            default -> {
                if (part.startsWith("&")) {
                    synsetReferences.add(line);
                    yield new Element(Element.Type.SYNSET, synsetName(part), joined);
                }
                yield new Element(Element.Type.WORD, part.toLowerCase(Locale.ROOT), joined);
            }
        };
    }

    /** Every synset with its members written out, synsets named inside members replaced by their members. */
    private Map<String, List<List<String>>> expandSynsets() {
        for (Line line : synsetReferences) {
            for (String word : line.text().split("[\\s_]+")) {
                if (word.startsWith("&") && !synsetLines.containsKey(synsetName(word))) {
                    throw line.error("unknown synset " + word);
                }
            }
        }
        Map<String, List<List<String>>> expanded = new LinkedHashMap<>();
        for (String name : synsetLines.keySet()) {
            expanded.put(name, expand(name, new HashSet<>()));
        }
        return expanded;
    }

    private List<List<String>> expand(String name, Set<String> seen) {
        List<List<String>> phrases = new ArrayList<>();
        if (!seen.add(name)) {
            return phrases; // a synset that contains itself adds nothing more
        }
        for (String member : synsetLines.get(name)) {
            List<List<String>> partial = new ArrayList<>(List.of(List.of()));
            for (String word : words(member)) {
                List<List<String>> options = word.startsWith("&") ? expand(synsetName(word), new HashSet<>(seen))
                        : List.of(List.of(word.toLowerCase(Locale.ROOT)));
                List<List<String>> next = new ArrayList<>();
                for (List<String> p : partial) {
                    for (List<String> o : options) {
                        List<String> joined = new ArrayList<>(p);
                        joined.addAll(o);
                        next.add(joined);
                    }
                }
                partial = next;
            }
            partial.stream().filter(p -> !p.isEmpty()).forEach(phrases::add);
        }
        return phrases;
    }

    private static List<String> words(String written) {
        return List.of(written.strip().split("[\\s_]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String unmarked(String word) {
        return word.startsWith("+") ? word.substring(1) : word;
    }

    private static String synsetName(String written) {
        return written.replaceAll("^&", "").replaceAll("_+$", "").toUpperCase(Locale.ROOT);
    }
}
