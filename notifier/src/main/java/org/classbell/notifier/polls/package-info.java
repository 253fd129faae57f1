/**
 * Polls: asking the guardians of a class or a school with buttons and by SMS, their SMS
 * answers, the results for the author, and closing polls when their time comes.
 */
package org.classbell.notifier.polls;
