package org.policybot.profile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.ClauseLookup;
import org.policybot.store.Database;

/**
 * The profile capability wired for the chat router: {@link #register} adds /profile, /mypolicies
 * and the buttons they use; registering the {@code pf} button also makes /check offer to save.
 */
public final class ProfileModule {
    private final ProfileStore store;
    private final ProfileCommands commands;

    /**
     * @param rulesFile the /check rules ({@code knowledge/rules/eligibility.txt})
     * @param lookup    live clauses, for citations
     * @param answerer  the answering pipeline, for documents' validity and regions; may be null (no validity shown)
     */
    public ProfileModule(Database db, Clock clock, ZoneId zone, Path rulesFile, ClauseLookup lookup, PolicyAnswerer answerer) {
        this.store = new ProfileStore(db, clock);
        this.commands = new ProfileCommands(store, rulesFile, zone);
    }

    public ProfileStore store() {
        return store;
    }

    public ChatRouter.Builder register(ChatRouter.Builder b) {
        return b.command("profile", "企业档案：查看、修改或删除自查时保存的档案", commands::profile)
                .callback(ChatRouter.PROFILE_CALLBACK, commands::button);
    }
}
