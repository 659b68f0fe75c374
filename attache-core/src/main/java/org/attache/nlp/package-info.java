/**
 * The wrapper around Stanford CoreNLP: the only package that imports it. It turns an article's text into
 * sentences and tokens with offsets into that text (the cheap pass every sentence gets), and gives the
 * candidate sentences a dependency parse (the deep pass).
 */
package org.attache.nlp;
