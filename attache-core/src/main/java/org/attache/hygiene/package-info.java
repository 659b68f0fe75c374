/** Article hygiene: marking the lines of a page that report nothing (link lines, captions, bylines). */
package org.attache.hygiene;
