/**
 * The admin API of the school's settings: quiet hours, SMS, phone region, time zone.
 */
package org.classbell.app.settings;
