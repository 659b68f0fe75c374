/** Measuring the API: a store of generated records and the latency of the dyad timeline over it. */
package org.attache.server.bench;
