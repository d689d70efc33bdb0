/** The Telegram transport (pengrad java-telegram-bot-api): long polling, replies and the reminder sender; the only package importing com.pengrad. */
package org.policybot.telegram;
