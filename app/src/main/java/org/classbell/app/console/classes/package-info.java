/**
 * The console's classes: the list, a class's families with how each guardian is reached,
 * and printable invite sheets (HTML and PDF) with a QR code per guardian.
 */
package org.classbell.app.console.classes;
