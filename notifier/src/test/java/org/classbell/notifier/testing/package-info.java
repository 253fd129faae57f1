/**
 * Test support shared with other modules: dispatch through local servers, and the nodes'
 * Quartz job store seen from a test.
 */
package org.classbell.notifier.testing;
