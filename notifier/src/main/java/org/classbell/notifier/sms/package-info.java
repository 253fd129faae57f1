/**
 * SMS budgets: the SMS form of a text, cut to the segments its kind may take, and the
 * segments a text costs.
 */
package org.classbell.notifier.sms;
