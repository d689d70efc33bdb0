/**
 * Enterprise profiles (一企一档): saving /check answers with the user's consent, /profile, /mypolicies
 * (benefits recomputed from the current rules and documents), personal reminders, region and topic
 * subscriptions, and pushing changed policies to the users they may apply to through the reminder outbox.
 */
package org.policybot.profile;
