/**
 * Helpers for the application's tests and benchmarks: nodes in JVMs of their own, and a
 * counter of the SQL statements an application sends.
 */
package org.classbell.app.testing;
