/**
 * The console's start page: the school's day at a glance.
 */
package org.classbell.app.console.today;
