/**
 * What users tell the bot about its answers and what admins do with it: 有用/没用 ratings with an
 * optional reason, /gaps (questions with no match, low confidence or rated 没用, grouped by
 * similarity), /test and the extended /stats.
 */
package org.policybot.feedback;
