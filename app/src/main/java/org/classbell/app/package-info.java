/**
 * The runnable application: wiring of the modules, the admin API and start-up.
 */
package org.classbell.app;
