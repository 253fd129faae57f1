/**
 * Links between Telegram accounts and the people of a school.
 */
package org.classbell.store.telegram;
