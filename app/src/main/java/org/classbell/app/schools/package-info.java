/**
 * The schools API of a city's deployment: making, listing and changing schools, and their
 * admin tokens.
 */
package org.classbell.app.schools;
