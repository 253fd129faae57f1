/**
 * SMS text: which encoding a message needs, how many segments Twilio bills for it, and
 * how to make it fit a budget of segments.
 */
package org.classbell.templates.sms;
