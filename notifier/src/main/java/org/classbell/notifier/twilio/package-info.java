/**
 * The SMS channel through Twilio: the carrier that hands SMS to Twilio's REST API with
 * its SDK, and Twilio's signed callbacks (delivery reports, guardians' SMS).
 */
package org.classbell.notifier.twilio;
