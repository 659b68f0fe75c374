package org.attache.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words, case- and accent-folded and stemmed, without stop words: "Kim's visits" finds "kim visited",
 * "Édouard" finds "Edouard". The same analysis serves indexing, queries and finding matches for snippets.
 */
final class SearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = new EnglishPossessiveFilter(source);
        words = new LowerCaseFilter(words);
        words = new ASCIIFoldingFilter(words);
        words = new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, new PorterStemFilter(words));
    }
}
