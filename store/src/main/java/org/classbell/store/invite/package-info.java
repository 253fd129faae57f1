/**
 * Single-use invite codes that link Telegram accounts to staff and guardians.
 */
package org.classbell.store.invite;
