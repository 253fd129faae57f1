/**
 * The SMS channel, through Twilio.
 */
package org.classbell.notifier.sms;
