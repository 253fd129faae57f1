/**
 * What a guardian's SMS to the school number asks: stop, start, consent, help, a report.
 */
package org.classbell.notifier.inbound;
