/**
 * The HTTP face of a store: a JSON API over its records, articles, actors, timelines and search index, and the
 * web UI's static pages, served by one Javalin process.
 */
package org.attache.server;
