/**
 * Reading the project's knowledge files: tab-separated tables with {@code #} comments, loaded once from the
 * classpath and, optionally, from a user's directory of files in the same format.
 */
package org.attache.knowledge;
