/**
 * Teachers and administrators, the classes they lead and what they teach.
 */
package org.classbell.store.staff;
