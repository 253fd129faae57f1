/**
 * What every endpoint of the admin API shares: JSON errors in the caller's language, and
 * CSV cells a spreadsheet shows as text.
 */
package org.classbell.app.web;
