/** One event, many reports: grouping article mentions into event records and linking replies across them. */
package org.attache.link;
