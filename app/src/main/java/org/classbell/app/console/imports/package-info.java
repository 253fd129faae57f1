/**
 * The console's import page: a roster, staff or timetable file checked first, with what
 * it would change or what is wrong with it by line, then imported.
 */
package org.classbell.app.console.imports;
