/**
 * For tests only: local HTTP servers that speak the Telegram Bot API ({@link FakeBotApi})
 * and Twilio's REST API ({@link FakeTwilio}) to the real SDK clients, and record what
 * went over the wire.
 */
package org.classbell.testing;
