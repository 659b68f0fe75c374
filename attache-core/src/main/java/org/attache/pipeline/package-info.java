/**
 * The analysis chain: stages that each add one layer to a {@link org.attache.model.Document}, the knowledge
 * they share, and the ingest job that runs the chain over sources into an {@link org.attache.store.EventStore}.
 */
package org.attache.pipeline;
