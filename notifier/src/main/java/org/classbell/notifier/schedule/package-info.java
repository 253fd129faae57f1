/**
 * The schedules of periodic reports and digests, kept by Quartz in PostgreSQL so that a
 * city's nodes share them and each fires once.
 */
package org.classbell.notifier.schedule;
