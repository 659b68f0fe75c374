package org.attache.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.SentenceParse;
import org.attache.model.Token;

/**
 * CoreNLP's part-of-speech tagger and neural dependency parser (English Universal Dependencies) over sentences
 * already tokenized. Only the basic parse is computed: CoreNLP's enhanced++ conversion costs several times the
 * parse itself, so the few enhancements the event reading uses are added here (an oblique named by its
 * preposition, "obl:with"; subjects shared by coordinated verbs and by a verb's complement). The models take
 * seconds to load and are read-only once loaded, so one instance serves the whole process, loaded on first use.
 */
final class DependencyModels {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final class Holder {
        static final DependencyModels INSTANCE = new DependencyModels();
    }

    private final MaxentTagger tagger = new MaxentTagger(TAGGER);
    private final DependencyParser parser = DependencyParser.loadFromModelFile(PARSER);

    private DependencyModels() {
    }

    static DependencyModels shared() {
        return Holder.INSTANCE;
    }

    SentenceParse parse(Sentence sentence) {
        List<Word> words = sentence.tokens().stream().map(t -> new Word(t.text())).toList();
        List<TaggedWord> tagged = tagger.tagSentence(words);
        List<Dependency> basic = new ArrayList<>();
        for (TypedDependency d : parser.predict(tagged).typedDependencies()) {
            basic.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
        }
        List<Dependency> arcs = enhanced(basic, sentence.tokens());
        arcs.sort(Comparator.comparingInt(Dependency::head).thenComparingInt(Dependency::dependent)
                .thenComparing(Dependency::relation));
        return new SentenceParse(sentence.index(), tagged.stream().map(TaggedWord::tag).toList(), arcs);
    }

    /** The basic arcs with obliques and nominal modifiers named by their preposition, and shared subjects added. */
    private static List<Dependency> enhanced(List<Dependency> basic, List<Token> tokens) {
        Map<Integer, String> caseOf = new HashMap<>();
        Map<Integer, Integer> subjectOf = new HashMap<>();
        for (Dependency d : basic) {
            if (d.relation().equals("case")) {
                caseOf.putIfAbsent(d.head(), tokens.get(d.dependent()).text().toLowerCase(Locale.ROOT));
            } else if (d.relation().equals("nsubj")) {
                subjectOf.putIfAbsent(d.head(), d.dependent());
            }
        }
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency d : basic) {
            String relation = d.relation();
            if ((relation.equals("obl") || relation.equals("nmod")) && caseOf.containsKey(d.dependent())) {
                relation = relation + ":" + caseOf.get(d.dependent());
            }
            arcs.add(new Dependency(d.head(), d.dependent(), relation));
        }
        // "Kim arrived and met Xi": the second verb shares the subject; "Kim agreed to visit": so does the complement.
        for (Dependency d : basic) {
            boolean conj = d.relation().equals("conj");
            if ((conj || d.relation().equals("xcomp")) && subjectOf.containsKey(d.head())
                    && !subjectOf.containsKey(d.dependent())) {
                arcs.add(new Dependency(d.dependent(), subjectOf.get(d.head()), conj ? "nsubj" : "nsubj:xsubj"));
            }
        }
        return arcs;
    }
}
