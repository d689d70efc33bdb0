/**
 * Answering: reads what a question asks for (an amount, a person, a time, a list, a document's
 * 文号…), scopes it to the documents whose region covers the one named, picks the sentence,
 * rows or metadata that carry that kind of fact, and says how sure it is.
 */
package org.policybot.answer;
