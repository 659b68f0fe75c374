package org.attache.link.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words and numbers, without the NLP library: story features need no more than that. */
final class Words {
    /** A number ("1,200", "6.1"), or letters and digits with inner apostrophes or hyphens ("O'Neil", "co-op"). */
    private static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}[\\p{L}\\p{N}]*(?:['’-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String token = m.group();
            boolean number = Character.isDigit(token.codePointAt(0));
            String lower = number ? token.replace(",", "") : withoutPossessive(token.toLowerCase(Locale.ROOT));
            boolean joined = previousEnd >= 0 && onlySpaces(text, previousEnd, m.start());
            words.add(new Word(lower, Character.isUpperCase(token.codePointAt(0)), number, joined));
            previousEnd = m.end();
        }
        return words;
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
