/**
 * The console's settings page: report times, terms, quiet hours, SMS, time zone and phone
 * region in one form.
 */
package org.classbell.app.console.settings;
