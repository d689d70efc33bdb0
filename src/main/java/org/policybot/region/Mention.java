package org.policybot.region;

/** A region named in a text, as {@link Regions#find} reports it: {@code surface} is {@code text.substring(start, end)}. */
public record Mention(Region region, int start, int end, String surface) {
}
