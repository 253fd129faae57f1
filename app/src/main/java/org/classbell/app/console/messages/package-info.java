/**
 * The console's messages pages: the outbox with filters and retry, and announcements with
 * their delivery figures.
 */
package org.classbell.app.console.messages;
