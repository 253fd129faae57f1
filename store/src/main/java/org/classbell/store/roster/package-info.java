/**
 * Classes, students and guardians: the roster, its import, and finding people by the
 * names typed.
 */
package org.classbell.store.roster;
