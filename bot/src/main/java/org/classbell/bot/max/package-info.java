/**
 * MAX's side of the bot: updates by long polling (on one node of a cluster) or a webhook,
 * made into the conversation the commands read, and their replies sent back through the
 * MAX Bot API; and the deep links of invites in MAX.
 */
package org.classbell.bot.max;
