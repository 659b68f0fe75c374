package org.attache.events.petrarch;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular forms of a verb as PETRARCH makes them from the form a dictionary lists: third person, past and
 * gerund, with a final E or consonant-Y handled and a final consonant doubled after a single vowel
 * ("stop", "stopped"). Irregular forms come from the dictionary's braces, not from here.
 */
final class Inflections {
    private static final String VOWELS = "AEIOU";

    private Inflections() {
    }

    static Set<String> of(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        int n = verb.length();
        char last = verb.charAt(n - 1);
        if (last == 'E') {
            forms.add(verb + "S");
            forms.add(verb + "D");
            forms.add(verb.substring(0, n - 1) + "ING");
        } else if (last == 'Y' && n > 1 && !isVowel(verb.charAt(n - 2))) {
            String stem = verb.substring(0, n - 1);
            forms.add(stem + "IES");
            forms.add(stem + "IED");
            forms.add(verb + "ING");
        } else {
            boolean sibilant = verb.endsWith("S") || verb.endsWith("SH") || verb.endsWith("CH") || last == 'X'
                    || last == 'Z';
            forms.add(verb + (sibilant ? "ES" : "S"));
            forms.add(verb + "ED");
            forms.add(verb + "ING");
            if (n >= 3 && !isVowel(last) && "WXY".indexOf(last) < 0 && isVowel(verb.charAt(n - 2))
                    && !isVowel(verb.charAt(n - 3))) {
                forms.add(verb + last + "ED");
                forms.add(verb + last + "ING");
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
