/**
 * The message catalogue: every text a person reads, per language, rendered with ICU
 * (plurals, numbers, dates), with the texts a school changes checked before they replace
 * the built-in ones.
 */
package org.classbell.templates;
