/**
 * Messages between parents and class teachers: a parent's text (bot or SMS) relayed to
 * the child's class teacher, and the teacher's reply relayed back, neither seeing the
 * other's phone or messenger account.
 */
package org.classbell.notifier.relay;
