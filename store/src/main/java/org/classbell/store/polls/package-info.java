/**
 * Polls: a question with options asked of the guardians of a class or a school, who was
 * asked, their answers, and the results.
 */
package org.classbell.store.polls;
