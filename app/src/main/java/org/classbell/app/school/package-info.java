/**
 * The school a node serves by default.
 */
package org.classbell.app.school;
