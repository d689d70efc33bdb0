package org.policybot.chat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.Clause;
import org.policybot.search.Answer;
import org.policybot.search.Hit;
import org.policybot.search.QuestionAnswerer;
import org.policybot.search.QuestionLog;
import org.policybot.store.Database;
import org.policybot.store.Migration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
public final class ChatRouter implements ChatHandler {
    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    /** Schema of component "chat" (the admin audit log) plus the search question log behind /stats. */
    public static final List<Migration> MIGRATIONS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Migration("chat", 1, "admin audit log", """
                    CREATE TABLE chat_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_id INTEGER NOT NULL,
                      user_name TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, outcome TEXT NOT NULL)
                    """), ChatMemory.MIGRATION),
            QuestionLog.MIGRATIONS.stream()).toList(); // the question log behind /stats is shared with the CLI

    /** Example questions shown in /help and after a miss; pressing one asks it. */
    static final List<String> EXAMPLES = List.of(
            "我们是市级产教融合型企业，能拿多少补助？",
            "教育费附加可以抵免多少？",
            "产教融合创新研究平台的建设用地怎么管理？",
            "重大产教融合招商项目有哪些政策倾斜？");

    static final int QUESTIONS_PER_MINUTE = 20;
    /** Callback prefix of the enterprise profile; when a handler is registered, /check offers to save its answers. */
    public static final String PROFILE_CALLBACK = "pf";
    /** Callback prefix of /check: {@code ck:} starts it over, {@code ck:REGION:LEVEL:MASK} reopens its last step. */
    public static final String CHECK_CALLBACK = EligibilityCheck.PREFIX;
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    record Entry(String name, String help, boolean admin, Command command) {
    }

    record CallbackEntry(boolean admin, CallbackAction action) {
    }

    private final QuestionAnswerer answerer;
    private final Set<Long> admins;
    private final AuditLog audit;
    private final QuestionLog questions;
    private final FloodGate flood;
    private final ClauseKeys clauseKeys;
    private final ClauseLookup lookup;
    private final EligibilityCheck check;
    private final Map<String, Entry> commands;
    private final Map<String, CallbackEntry> callbacks;
    private final List<String> helpOrder;
    private final QuestionReplies questionReplies;
    private final List<java.util.function.Function<Inbound, Optional<List<Reply>>>> interceptors;

    private ChatRouter(Builder b) {
        this.interceptors = List.copyOf(b.interceptors);
        this.answerer = b.answerer;
        this.admins = Set.copyOf(b.admins);
        this.audit = new AuditLog(b.db, b.clock);
        this.questions = new QuestionLog(b.db, b.clock, b.zone);
        this.flood = new FloodGate(b.clock, QUESTIONS_PER_MINUTE, Duration.ofMinutes(1));
        this.clauseKeys = new ClauseKeys(b.lookup);
        this.lookup = b.lookup;
        this.check = new EligibilityCheck(b.rulesFile, b.lookup, b.extraCallbacks.containsKey(PROFILE_CALLBACK));
        this.questionReplies = new QuestionReplies(b.answerer, b.policyAnswerer, questions, clauseKeys, new ChatMemory(b.db, b.clock));
        Map<String, Entry> cmds = new LinkedHashMap<>();
        Map<String, CallbackEntry> cbs = new LinkedHashMap<>();
        cmds.put("start", new Entry("start", "", false, (in, args) -> help(in)));
        cmds.put("help", new Entry("help", "使用说明", false, (in, args) -> help(in)));
        cmds.put("check", new Entry("check", "政策自查：按地区、认定等级和业务列出可享受的政策", false, (in, args) -> check.start()));
        cmds.put("region", new Entry("region", "设置所在地区（如 /region 温州市），之后按本地政策回答", false, questionReplies::region));
        cmds.put("stats", new Entry("stats", "提问统计：每日提问数、回答率、未回答的问题", true, (in, args) -> stats()));
        cbs.put(ClauseKeys.PREFIX, new CallbackEntry(false, (in, key) -> showClause(key)));
        cbs.put("q", new CallbackEntry(false, this::exampleQuestion));
        cbs.put(EligibilityCheck.PREFIX, new CallbackEntry(false, (in, payload) -> {
            check.regionChosen(payload).ifPresent(r -> questionReplies.regionFromCheck(in.userId(), r));
            return check.step(payload);
        }));
        cbs.put(Pages.PREFIX, new CallbackEntry(false, (in, payload) -> questionReplies.page(payload)));
        if (b.knowledge != null) {
            new KnowledgeCommands(b.knowledge).register(cmds, cbs);
        }
        if (b.reminderAdmin != null) {
            new ReminderAdminCommands(b.reminderAdmin).register(cmds);
        }
        for (Entry e : b.extraCommands) {
            cmds.put(e.name, e);
        }
        cbs.putAll(b.extraCallbacks);
        this.commands = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cmds));
        this.callbacks = Map.copyOf(cbs);
        questionReplies.answerButtons(new AnswerButtons(cbs.containsKey(AnswerButtons.RATE), cbs.containsKey(AnswerButtons.REMIND),
                b.policyAnswerer == null ? null : b.policyAnswerer::today));
        this.helpOrder = List.copyOf(cmds.keySet());
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
        private org.policybot.answer.PolicyAnswerer policyAnswerer;
        private ReminderAdmin reminderAdmin;
        private final List<Entry> extraCommands = new ArrayList<>();
        private final Map<String, CallbackEntry> extraCallbacks = new LinkedHashMap<>();
        private final List<java.util.function.Function<Inbound, Optional<List<Reply>>>> interceptors = new ArrayList<>();

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
        public Builder policyAnswerer(org.policybot.answer.PolicyAnswerer policyAnswerer) {
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
            extraCommands.add(new Entry(name.toLowerCase(Locale.ROOT), help, false, command));
            return this;
        }

        /** A command only admins may use; every use is audited (who, when, command and arguments). */
        public Builder adminCommand(String name, String help, Command command) {
            extraCommands.add(new Entry(name.toLowerCase(Locale.ROOT), help, true, command));
            return this;
        }

        /** A button only admins may press; every press is audited like an admin command. */
        public Builder adminCallback(String prefix, CallbackAction action) {
            extraCallbacks.put(prefix, new CallbackEntry(true, action));
            return this;
        }

        /** Handles buttons whose data is {@code prefix:payload}, e.g. {@code callback("ack", …)} for reminder acks. */
        public Builder callback(String prefix, CallbackAction action) {
            extraCallbacks.put(prefix, new CallbackEntry(false, action));
            return this;
        }

        /**
         * Sees every message addressed to the bot (text or file, not button presses) before commands,
         * uploads and questions; a non-empty result is the answer (e.g. the note that follows a
         * progress report's status button), empty lets the message through.
         */
        public Builder interceptor(java.util.function.Function<Inbound, Optional<List<Reply>>> interceptor) {
            interceptors.add(interceptor);
            return this;
        }

        public ChatRouter build() {
            return new ChatRouter(this);
        }
    }

    /** Commands everyone may use, name → one-line description, for the client's command menu. */
    public Map<String, String> publicCommands() {
        Map<String, String> out = new LinkedHashMap<>();
        commands.values().stream().filter(e -> !e.admin() && !e.help().isEmpty())
                .forEach(e -> out.put(e.name(), e.help().length() > 60 ? e.help().substring(0, 60) : e.help()));
        return out;
    }

    @Override
    public List<Reply> handle(Inbound in) {
        if (in.isCallback()) {
            return onCallback(in);
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
            return onFile(in);
        }
        String text = in.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.startsWith("/")) {
            return onCommand(in, text);
        }
        return onQuestion(in, text);
    }

    boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    private List<Reply> onCommand(Inbound in, String text) {
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String args = parts.length > 1 ? parts[1].strip() : "";
        Entry e = commands.get(name);
        if (e == null) {
            return List.of(Reply.html("未知命令 /" + Html.escape(name) + "，发送 /help 查看可用命令。"));
        }
        if (!e.admin) {
            return e.command.handle(in, args);
        }
        return asAdmin(in, "/" + name, args, () -> e.command.handle(in, args));
    }

    private List<Reply> onCallback(Inbound in) {
        String data = in.callbackData();
        int colon = data.indexOf(':');
        String prefix = colon < 0 ? data : data.substring(0, colon);
        String payload = colon < 0 ? "" : data.substring(colon + 1);
        CallbackEntry e = callbacks.get(prefix);
        if (e == null) {
            return List.of(Reply.html("这个按钮已失效，请重新发送命令或问题。"));
        }
        if (!e.admin) {
            return e.action.handle(in, payload);
        }
        return asAdmin(in, "button " + prefix, payload, () -> e.action.handle(in, payload));
    }

    private List<Reply> onFile(Inbound in) {
        Entry upload = commands.get(KnowledgeCommands.UPLOAD);
        if (upload == null) {
            return List.of(Reply.html("暂不支持接收文件。请直接发送文字问题。"));
        }
        return asAdmin(in, "upload", in.file().fileName(), () -> upload.command.handle(in, ""));
    }

    /** Runs an admin action: refused (and nothing run) for non-admins, audited with its outcome for admins. */
    private List<Reply> asAdmin(Inbound in, String action, String detail, java.util.function.Supplier<List<Reply>> run) {
        if (!isAdmin(in.userId())) {
            log.info("refused admin action {} to user {} in chat {}", action, in.userId(), in.chatId());
            return List.of(Reply.html("抱歉，该操作仅限管理员使用。"));
        }
        List<Reply> replies;
        String outcome;
        try {
            replies = run.get();
            outcome = "ok";
        } catch (RuntimeException ex) {
            // The admin sees why; the log and audit keep the details. Nothing was changed by contract.
            log.warn("admin action {} by user {} failed: {}", action, in.userId(), ex.toString());
            outcome = "failed: " + ex.getMessage();
            replies = List.of(Reply.html("操作未完成：" + Html.escape(String.valueOf(ex.getMessage()))));
        }
        // Outside the try: the action's outcome is settled, and a failing audit write must neither turn a
        // success into "操作未完成" nor be audited a second time.
        try {
            audit.record(in.userId(), in.userName(), action, detail, outcome);
        } catch (RuntimeException ex) {
            log.error("audit record lost for admin action {} by user {} ({}) in chat {}, detail '{}', outcome '{}'",
                    action, in.userId(), in.userName(), in.chatId(), detail, outcome, ex);
        }
        return replies;
    }

    // ---- questions ----

    private List<Reply> onQuestion(Inbound in, String question) {
        switch (flood.check(in.userId())) {
            case WARN:
                return List.of(Reply.html("您提问太频繁了（每分钟最多 " + QUESTIONS_PER_MINUTE + " 个），请稍候一分钟再问。"));
            case SILENT:
                return List.of();
            default:
                break;
        }
        return questionReplies.ask(in, question);
    }

    private List<Reply> exampleQuestion(Inbound in, String payload) {
        try {
            int i = Integer.parseInt(payload);
            if (i >= 0 && i < EXAMPLES.size()) {
                return onQuestion(in, EXAMPLES.get(i));
            }
        } catch (NumberFormatException e) {
            // fall through: a stale or forged button
        }
        return List.of(Reply.html("这个按钮已失效，请直接发送问题。"));
    }

    private List<Reply> showClause(String key) {
        Optional<Clause> c = clauseKeys.resolve(key);
        if (c.isEmpty()) {
            return List.of(Reply.html("该条款已更新或按钮已过期，请重新提问。"));
        }
        return questionReplies.showClause(c.get(), lookup.parts(c.get()));
    }

    // ---- help and stats ----

    private List<Reply> help(Inbound in) {
        StringBuilder html = new StringBuilder("<b>产教融合政策助手</b>\n"
                + "我可以回答产教融合政策问题，每个答复都注明出处（文件、文号、条款），"
                + "还能帮企业自查可享受的补助和优惠。\n\n直接发送问题即可，例如：");
        for (String q : EXAMPLES) {
            html.append("\n• ").append(Html.escape(q));
        }
        html.append("\n\n<b>命令</b>");
        for (String name : helpOrder) {
            Entry e = commands.get(name);
            if (!e.admin && !e.help.isEmpty()) {
                html.append("\n/").append(name).append(" — ").append(Html.escape(e.help));
            }
        }
        if (isAdmin(in.userId())) {
            html.append("\n\n<b>管理员命令</b>");
            for (String name : helpOrder) {
                Entry e = commands.get(name);
                if (e.admin && !e.help.isEmpty()) {
                    html.append("\n/").append(name).append(" — ").append(Html.escape(e.help));
                }
            }
        }
        html.append("\n\n在群里请 @我 或回复我的消息提问。");
        List<List<Button>> kb = new ArrayList<>();
        for (int i = 0; i < EXAMPLES.size(); i++) {
            kb.add(List.of(new Button(EXAMPLES.get(i), "q:" + i)));
        }
        return List.of(Reply.html(html.toString(), kb));
    }

    private List<Reply> stats() {
        QuestionLog.Stats s = questions.stats(7, 10);
        StringBuilder html = new StringBuilder("<b>近7天提问统计</b>");
        if (s.total() == 0) {
            return List.of(Reply.html(html + "\n暂无提问。"));
        }
        for (QuestionLog.DayCount d : s.perDay()) {
            html.append("\n").append(d.day()).append("：").append(d.asked()).append(" 个问题，已回答 ").append(d.answered());
        }
        html.append("\n合计 ").append(s.total()).append(" 个，回答率 ")
                .append(Math.round(100.0 * s.answered() / s.total())).append("%");
        if (!s.topUnanswered().isEmpty()) {
            html.append("\n\n<b>未回答的问题</b>");
            for (QuestionLog.Unanswered q : s.topUnanswered()) {
                html.append("\n• ").append(Html.escape(q.question())).append("（").append(q.times()).append("次）");
            }
        }
        return List.of(Reply.html(html.toString()));
    }
}
