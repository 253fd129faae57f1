/**
 * The web console at {@code /console}: login (a one-time link from the bot, or the admin
 * token in a form), sessions, who sees what ({@link org.classbell.app.console.Viewer}),
 * the page layout and languages. Each page lives in a package of its own below this one.
 */
package org.classbell.app.console;
