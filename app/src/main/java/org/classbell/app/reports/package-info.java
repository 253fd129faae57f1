/**
 * The admin API of the periodic reports: running them now, their schedule, and the terms.
 */
package org.classbell.app.reports;
