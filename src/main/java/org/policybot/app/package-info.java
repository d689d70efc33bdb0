/** Wiring: builds every capability by hand from the environment and starts the bot or a command. */
package org.policybot.app;
