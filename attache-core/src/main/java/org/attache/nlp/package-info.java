/**
 * The wrapper around Stanford CoreNLP: the only package that imports it. It turns an article's text into
 * sentences and tokens with offsets into that text.
 */
package org.attache.nlp;
