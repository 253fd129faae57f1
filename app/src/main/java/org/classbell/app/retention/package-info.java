/**
 * The nightly retention sweep, kept by Quartz so that it runs on one node of a city, and
 * {@code POST /api/retention/run} that sweeps now.
 */
package org.classbell.app.retention;
