/**
 * The journal proper: attendance, marks, behaviour notes and homework, written in entries
 * a teacher can undo.
 */
package org.classbell.store.journal;
