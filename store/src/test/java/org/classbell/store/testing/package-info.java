/**
 * Test support shared by the modules: the test database, its cleaning, a clock tests
 * control, schools imported for tests with journal rows written for them, and Telegram
 * chats linked without the bot.
 */
package org.classbell.store.testing;
