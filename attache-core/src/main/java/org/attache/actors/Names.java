package org.attache.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison key of a word: lower case, no accents, one kind of apostrophe and hyphen. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {
    }

    static String key(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-')
                .replace('\u2011', '-').toLowerCase(Locale.ROOT);
    }

    /** Acronyms such as "US" or "UN" must match in capitals, or "us" and "un" would be actors. */
    static boolean isAcronym(String phrase) {
        String letters = phrase.replace(".", "");
        return letters.length() <= 5 && !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
    }
}
