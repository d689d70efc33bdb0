package org.policybot.chat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.search.QuestionAnswerer;
import org.policybot.search.QuestionLog;
import org.policybot.store.Database;
import org.policybot.store.Migration;

/**
 * The bot's conversation logic, shared by Telegram and the console: plain messages are questions
 * answered with a citation, slash commands and button presses are routed to registered handlers.
 * Capabilities plug in through {@link Builder#command}, {@link Builder#adminCommand} and
 * {@link Builder#callback}; admin-only entries are refused to users outside the admin list and
 * audited for admins.
 *
 * <p>Built in: /start, /help, /check (eligibility self-check from the rules file), /stats (admin),
 * the knowledge admin commands when a {@link KnowledgeAdmin} is given (/addclause, /import,
 * /delclause, /undo and file uploads with preview → publish) and the reminder admin commands when a
 * {@link ReminderAdmin} is given (/units, /member, /schedules reload).
 *
 * <p>The router wires and routes; the work is done by {@link CommandTable} (commands, buttons, the
 * admin gate and /help) and {@link QuestionReplies} (questions, paging, 查看原文, /region).
 */
public final class ChatRouter implements ChatHandler {
    /** Schema of component "chat" (the admin audit log) plus the search question log behind /stats. */
    public static final List<Migration> MIGRATIONS = Stream.concat(
            Stream.of(new Migration("chat", 1, "admin audit log", """
                    CREATE TABLE chat_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_id INTEGER NOT NULL,
                      user_name TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, outcome TEXT NOT NULL)
                    """), ChatMemory.MIGRATION),
            QuestionLog.MIGRATIONS.stream()).toList(); // the question log behind /stats is shared with the CLI

    /** Callback prefix of the enterprise profile; when a handler is registered, /check offers to save its answers. */
    public static final String PROFILE_CALLBACK = "pf";
    /** Callback prefix of /check: {@code ck:} starts it over, {@code ck:REGION:LEVEL:MASK} reopens its last step. */
    public static final String CHECK_CALLBACK = EligibilityCheck.PREFIX;

    private final List<Function<Inbound, Optional<List<Reply>>>> interceptors;
    private final QuestionReplies questions;
    private final CommandTable table;

    private ChatRouter(Builder b) {
        this.interceptors = List.copyOf(b.interceptors);
        QuestionLog questionLog = new QuestionLog(b.db, b.clock, b.zone);
        this.questions = new QuestionReplies(b.answerer, b.policyAnswerer, questionLog, new ClauseKeys(b.lookup), b.lookup,
                new ChatMemory(b.db, b.clock), new FloodGate(b.clock, QuestionReplies.QUESTIONS_PER_MINUTE, Duration.ofMinutes(1)));
        EligibilityCheck check = new EligibilityCheck(b.rulesFile, b.lookup, b.extraCallbacks.containsKey(PROFILE_CALLBACK));
        QuestionStats stats = new QuestionStats(questionLog);
        Map<String, CommandTable.Entry> cmds = new LinkedHashMap<>();
        Map<String, CommandTable.CallbackEntry> cbs = new LinkedHashMap<>();
        cmds.put("start", new CommandTable.Entry("start", "", false, this::help));
        cmds.put("help", new CommandTable.Entry("help", "使用说明", false, this::help));
        cmds.put("check", new CommandTable.Entry("check", "政策自查：按地区、认定等级和业务列出可享受的政策", false, (in, args) -> check.start()));
        cmds.put("region", new CommandTable.Entry("region", "设置所在地区（如 /region 温州市），之后按本地政策回答", false, questions::region));
        cmds.put("stats", new CommandTable.Entry("stats", "提问统计：每日提问数、回答率、未回答的问题", true, (in, args) -> stats.report()));
        cbs.put(ClauseKeys.PREFIX, new CommandTable.CallbackEntry(false, (in, key) -> questions.showClause(key)));
        cbs.put(QuestionReplies.EXAMPLE_PREFIX, new CommandTable.CallbackEntry(false, questions::example));
        cbs.put(EligibilityCheck.PREFIX, new CommandTable.CallbackEntry(false, (in, payload) -> {
            check.regionChosen(payload).ifPresent(r -> questions.regionFromCheck(in.userId(), r));
            return check.step(payload);
        }));
        cbs.put(Pages.PREFIX, new CommandTable.CallbackEntry(false, (in, payload) -> questions.page(payload)));
        if (b.knowledge != null) {
            new KnowledgeCommands(b.knowledge).register(cmds, cbs);
        }
        if (b.reminderAdmin != null) {
            new ReminderAdminCommands(b.reminderAdmin).register(cmds);
        }
        for (CommandTable.Entry e : b.extraCommands) {
            cmds.put(e.name(), e);
        }
        cbs.putAll(b.extraCallbacks);
        this.table = new CommandTable(cmds, cbs, b.admins, new AuditLog(b.db, b.clock));
        questions.answerButtons(new AnswerButtons(cbs.containsKey(AnswerButtons.RATE), cbs.containsKey(AnswerButtons.REMIND),
                b.policyAnswerer == null ? null : b.policyAnswerer::today));
    }

    public static Builder builder(QuestionAnswerer answerer, Database db) {
        return new Builder(answerer, db);
    }

    /** Collects what the router needs; only the answerer and database are required. */
    public static final class Builder {
        private final QuestionAnswerer answerer;
        private final Database db;
        private Set<Long> admins = Set.of();
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private ClauseLookup lookup = ClauseLookup.NONE;
        private Path rulesFile = Path.of("knowledge", "rules", "eligibility.txt");
        private KnowledgeAdmin knowledge;
        private PolicyAnswerer policyAnswerer;
        private ReminderAdmin reminderAdmin;
        private final List<CommandTable.Entry> extraCommands = new ArrayList<>();
        private final Map<String, CommandTable.CallbackEntry> extraCallbacks = new LinkedHashMap<>();
        private final List<Function<Inbound, Optional<List<Reply>>>> interceptors = new ArrayList<>();

        private Builder(QuestionAnswerer answerer, Database db) {
            this.answerer = Objects.requireNonNull(answerer, "answerer");
            this.db = Objects.requireNonNull(db, "db");
        }

        /** Telegram user ids allowed to run admin commands (POLICYBOT_ADMINS). */
        public Builder admins(Set<Long> admins) {
            this.admins = admins;
            return this;
        }

        /** Time source for flood protection, audit and statistics. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Zone in which /stats counts days. */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** Resolves clause ids for 查看原文 after a restart and for /check citations. */
        public Builder clauseLookup(ClauseLookup lookup) {
            this.lookup = lookup;
            return this;
        }

        /** The /check rules file; default {@code knowledge/rules/eligibility.txt}. */
        public Builder eligibilityRules(Path file) {
            this.rulesFile = file;
            return this;
        }

        /** The contextual answering pipeline (remembered region, follow-ups); without it questions go to the plain answerer. */
        public Builder policyAnswerer(PolicyAnswerer policyAnswerer) {
            this.policyAnswerer = policyAnswerer;
            return this;
        }

        public Builder knowledgeAdmin(KnowledgeAdmin knowledge) {
            this.knowledge = knowledge;
            return this;
        }

        public Builder reminderAdmin(ReminderAdmin reminderAdmin) {
            this.reminderAdmin = reminderAdmin;
            return this;
        }

        /** A command anyone may use, e.g. {@code command("deadlines", "近期截止事项", (in, a) -> reminders.deadlines(in))}. */
        public Builder command(String name, String help, Command command) {
            extraCommands.add(new CommandTable.Entry(name.toLowerCase(Locale.ROOT), help, false, command));
            return this;
        }

        /** A command only admins may use; every use is audited (who, when, command and arguments). */
        public Builder adminCommand(String name, String help, Command command) {
            extraCommands.add(new CommandTable.Entry(name.toLowerCase(Locale.ROOT), help, true, command));
            return this;
        }

        /** A button only admins may press; every press is audited like an admin command. */
        public Builder adminCallback(String prefix, CallbackAction action) {
            extraCallbacks.put(prefix, new CommandTable.CallbackEntry(true, action));
            return this;
        }

        /** Handles buttons whose data is {@code prefix:payload}, e.g. {@code callback("ack", …)} for reminder acks. */
        public Builder callback(String prefix, CallbackAction action) {
            extraCallbacks.put(prefix, new CommandTable.CallbackEntry(false, action));
            return this;
        }

        /**
         * Sees every message addressed to the bot (text or file, not button presses) before commands,
         * uploads and questions; a non-empty result is the answer (e.g. the note that follows a
         * progress report's status button), empty lets the message through.
         */
        public Builder interceptor(Function<Inbound, Optional<List<Reply>>> interceptor) {
            interceptors.add(interceptor);
            return this;
        }

        public ChatRouter build() {
            return new ChatRouter(this);
        }
    }

    /** Commands everyone may use, name → one-line description, for the client's command menu. */
    public Map<String, String> publicCommands() {
        return table.publicCommands();
    }

    @Override
    public List<Reply> handle(Inbound in) {
        if (in.isCallback()) {
            return table.callback(in);
        }
        if (in.groupChat() && !in.addressedToBot()) {
            return List.of(); // groups talk among themselves; the bot speaks when asked
        }
        for (var i : interceptors) {
            Optional<List<Reply>> r = i.apply(in);
            if (r.isPresent()) {
                return r.get();
            }
        }
        if (in.file() != null) {
            return table.file(in);
        }
        String text = in.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.startsWith("/")) {
            return table.command(in, text);
        }
        return questions.ask(in, text);
    }

    // A method, not a lambda over the table: the entries are made before the table exists.
    private List<Reply> help(Inbound in, String args) {
        return table.help(in);
    }
}
