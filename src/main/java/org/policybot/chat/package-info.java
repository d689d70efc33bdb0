/** Transport-independent chat: commands, questions and replies as HTML strings, with no Telegram types. */
package org.policybot.chat;
