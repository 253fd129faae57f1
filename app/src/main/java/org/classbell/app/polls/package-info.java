/**
 * The admin API of polls: the school's polls, a poll's results, and its answers as CSV.
 */
package org.classbell.app.polls;
