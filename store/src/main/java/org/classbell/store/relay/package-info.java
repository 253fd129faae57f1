/**
 * Conversations between parents and class teachers: who wrote about which child, what was
 * relayed either way, and which conversations a teacher muted.
 */
package org.classbell.store.relay;
