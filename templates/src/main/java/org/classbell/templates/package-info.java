/**
 * The message catalogue: every text a person reads, per language, rendered with ICU
 * (plurals, numbers, dates).
 */
package org.classbell.templates;
