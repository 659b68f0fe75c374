/**
 * Who acts: the actor knowledge base (states, international bodies, people and their dated offices) and the
 * stage that finds actor mentions in a document and resolves them, titles by the date they refer to.
 */
package org.attache.actors;
