/** Writing event records out in the formats analysts and the reference scorer read. */
package org.attache.export;
