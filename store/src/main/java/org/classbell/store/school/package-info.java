/**
 * Schools and their settings: time zone, phone region, quiet hours.
 */
package org.classbell.store.school;
