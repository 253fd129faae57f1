/**
 * Schools and their settings: time zone, phone region, quiet hours, how SMS are written.
 */
package org.classbell.store.school;
