/**
 * The admin API's bearer token and who may call what.
 */
package org.classbell.app.security;
