/**
 * PETRARCH/TABARI dictionaries that analysts already maintain, read into in-memory indexes the actor stage
 * uses as extra knowledge: actor phrases with date-restricted CAMEO codes, and agent words that add a sector
 * ("the Norland government") to an actor. Format and choices: docs/knowledge.md.
 */
package org.attache.actors.petrarch;
