/**
 * What every endpoint of the admin API shares: JSON errors in the caller's language.
 */
package org.classbell.app.web;
