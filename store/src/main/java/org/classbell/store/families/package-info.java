/**
 * The families of the classes as the console shows them: per class, its students, their
 * guardians and how each guardian is reached; each one set-based query.
 */
package org.classbell.store.families;
