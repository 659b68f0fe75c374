package org.attache.link.story;

/** The parts of an article that story similarity compares, each by TF-IDF cosine. */
enum View {
    /** Every content word of the title and text. */
    WORDS,
    /** The content words of the title and the first words of the text, where the main event is told. */
    LEAD,
    /** Names: runs of capitalised words, whole and word by word. */
    NAMES,
    /** Numbers and days of the month, the details that tell two events of one kind apart. */
    FIGURES
}
