package org.attache.time;

import java.util.List;
import java.util.Locale;

/** Small counts as news writes them before a unit ("3 days", "five years", "a week"). */
final class Counts {
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** Digits, "a"/"an", or a number word up to twenty; the first-letter test spares the alternatives at most words. */
    static final String COUNT = "(?=[\\daefnost])(?:\\d{1,3}|an?|" + String.join("|", WORDS) + ")";

    private Counts() {
    }

    /** The number a text matched by {@link #COUNT} stands for. */
    static int parse(String count) {
        String word = count.toLowerCase(Locale.ROOT);
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        int index = WORDS.indexOf(word);
        return index >= 0 ? index + 1 : Integer.parseInt(word);
    }
}
