/**
 * Parents' answers to absence alerts: the buttons under an alert and their codec, taking
 * an answer (from a button or an SMS), telling the class teacher at once, and excusing
 * the absence on it.
 */
package org.classbell.notifier.answers;
