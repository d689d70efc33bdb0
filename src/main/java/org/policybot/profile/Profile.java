package org.policybot.profile;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise's saved /check answers (一企一档).
 *
 * @param userId     the Telegram user who saved it
 * @param chatId     where notices go: the user's private chat
 * @param region     a region of the rules file (温州市, 泉州市丰泽区)
 * @param level      certification level, index into {@code EligibilityRules.LEVELS} (0 未认定 … 3 国家级)
 * @param activities activities as the rules file names them
 */
public record Profile(long userId, long chatId, String region, int level, List<String> activities, Instant savedAt) {
    public Profile {
        activities = List.copyOf(activities);
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("level must be 0..3, got " + level);
        }
    }
}
