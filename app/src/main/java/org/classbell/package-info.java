/**
 * ClassBell's entry point; the modules live in the packages below.
 */
package org.classbell;
