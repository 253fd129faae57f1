/**
 * Invite codes through the admin API.
 */
package org.classbell.app.invites;
