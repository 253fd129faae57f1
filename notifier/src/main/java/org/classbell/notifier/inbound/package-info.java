/**
 * What a guardian's SMS to a school number asks (stop, start, consent, help, a report),
 * and which school it is about.
 */
package org.classbell.notifier.inbound;
