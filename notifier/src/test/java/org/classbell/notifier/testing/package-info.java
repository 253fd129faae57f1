/**
 * Test support shared with other modules: the nodes' Quartz job store, seen from a test.
 */
package org.classbell.notifier.testing;
