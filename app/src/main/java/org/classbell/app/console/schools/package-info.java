/**
 * {@code /console/schools}: the operator's list of the city's schools with their figures,
 * from which any school is opened.
 */
package org.classbell.app.console.schools;
