/**
 * The audit log of every change to the journal and rosters: who, what, when, before and
 * after.
 */
package org.classbell.store.audit;
