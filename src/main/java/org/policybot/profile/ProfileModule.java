package org.policybot.profile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.ClauseLookup;
import org.policybot.knowledge.Clause;
import org.policybot.region.Regions;
import org.policybot.store.Database;

/**
 * The profile capability wired for the chat router: {@link #register} adds /profile, /mypolicies
 * and the buttons they use; registering the {@code pf} button also makes /check offer to save.
 */
public final class ProfileModule {
    /**
     * What the capability reads.
     *
     * @param rulesFile the /check rules ({@code knowledge/rules/eligibility.txt})
     * @param lookup    live clauses by id, for citations and removed-clause checks
     * @param clauses   every live clause, for clauses no rule cites yet
     * @param answerer  the answering pipeline, for documents' validity and regions; may be null (then
     *                  no validity is shown and only rules are matched)
     */
    public record Sources(Path rulesFile, ClauseLookup lookup, Supplier<List<Clause>> clauses, PolicyAnswerer answerer) {
    }

    private final ProfileStore store;
    private final ProfileCommands commands;
    private final MyPolicies myPolicies;
    private final PersonalReminders reminders;
    private final Subscriptions subscriptions;
    private final ZoneId zone;
    private final Sources sources;
    private final Regions regions;

    public ProfileModule(Database db, Clock clock, ZoneId zone, Sources sources) {
        this.store = new ProfileStore(db, clock);
        this.commands = new ProfileCommands(store, sources.rulesFile(), zone);
        Regions regions = sources.answerer() != null ? sources.answerer().regions() : Regions.load();
        this.myPolicies = new MyPolicies(sources.rulesFile(), sources.lookup(), sources.clauses(), sources.answerer(),
                new ProfileMatcher(regions));
        this.reminders = new PersonalReminders(store, sources.lookup(), zone, sources.clauses() != null ? sources.clauses() : List::of);
        this.subscriptions = new Subscriptions(store, regions, sources.clauses() != null ? sources.clauses() : List::of);
        this.zone = zone;
        this.sources = sources;
        this.regions = regions;
    }

    /**
     * The push of changed policies to profiles and subscribers; call {@link PolicyPush#onChangeQuietly}
     * with the clauses after every knowledge change and once at start.
     *
     * @param admins user ids told about rules that cite a missing clause
     */
    public PolicyPush push(java.util.Set<Long> admins) {
        return new PolicyPush(store, sources.rulesFile(), sources.answerer(), new ProfileMatcher(regions), subscriptions, zone, admins);
    }

    /**
     * Replaces /subscribe and /unsubscribe so they also take a region or a topic word; units and plans
     * ({@code reminderTarget}) still go to {@code subscribe} / {@code unsubscribe} of the reminders.
     */
    public ChatRouter.Builder subscriptions(ChatRouter.Builder b, java.util.function.Predicate<String> reminderTarget,
                                            org.policybot.chat.Command subscribe, org.policybot.chat.Command unsubscribe) {
        return b.command("subscribe", "订阅：单位、文件的截止提醒，或地区、主题的政策更新：/subscribe 温州市", subscriptions.subscribe(reminderTarget, subscribe))
                .command("unsubscribe", "取消订阅：/unsubscribe 单位、地区或主题", subscriptions.unsubscribe(unsubscribe));
    }

    public ProfileStore store() {
        return store;
    }

    public ChatRouter.Builder register(ChatRouter.Builder b) {
        return b.command("profile", "企业档案：查看、修改或删除自查时保存的档案", commands::profile)
                .command("mypolicies", "我的可享政策：按企业档案和最新文件计算", (in, args) -> List.of(myPolicies.show(store.get(in.userId()))))
                .callback(ChatRouter.PROFILE_CALLBACK, commands::button)
                .callback(org.policybot.chat.AnswerButtons.REMIND, reminders::button);
    }
}
