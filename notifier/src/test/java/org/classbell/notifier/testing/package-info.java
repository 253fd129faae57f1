/**
 * Stand-ins for the notifier's providers in tests: a local Twilio REST API.
 */
package org.classbell.notifier.testing;
