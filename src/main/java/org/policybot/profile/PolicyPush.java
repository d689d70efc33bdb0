package org.policybot.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.answer.DocumentProfile;
import org.policybot.answer.PolicyAnswerer;
import org.policybot.chat.EligibilityRules;
import org.policybot.chat.Html;
import org.policybot.knowledge.Clause;
import org.policybot.region.Region;
import org.policybot.reminder.DirectOutbox;

/**
 * Pushes policy changes to the users they may concern. Called with the clause list after every
 * published change (import, new version, /addclause, /delclause, undo) and once at start: clauses
 * new or changed since the last look (fingerprints kept in SQLite, so a restart neither repeats nor
 * misses a change) are matched to saved profiles ({@link ProfileMatcher}), region and topic
 * subscriptions and plan subscriptions; a removed clause that a profile's benefit rests on is
 * told to that profile. Each user gets at most one notice a day through the reminder outbox
 * (unique key per user and day): items found while today's notice is still queued join it, items
 * found after it went out wait in tomorrow's. Rules citing a clause that does not exist are
 * reported to the admins, once per distinct set of problems. The very first look records what
 * exists and pushes nothing.
 */
public final class PolicyPush {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PolicyPush.class);
    static final LocalTime LATER_AT = LocalTime.of(9, 0);
    static final String RULE_CHECK = "rule-check";

    /** What one look found and did. */
    public record Result(int changed, int removed, int notified) {
    }

    private final ProfileStore store;
    private final Path rulesFile;
    private final PolicyAnswerer answerer;
    private final ProfileMatcher matcher;
    private final Subscriptions subscriptions;
    private final ZoneId zone;
    private final Set<Long> admins;

    PolicyPush(ProfileStore store, Path rulesFile, PolicyAnswerer answerer, ProfileMatcher matcher, Subscriptions subscriptions,
               ZoneId zone, Set<Long> admins) {
        this.store = store;
        this.rulesFile = rulesFile;
        this.answerer = answerer;
        this.matcher = matcher;
        this.subscriptions = subscriptions;
        this.zone = zone;
        this.admins = Set.copyOf(admins);
    }

    /** The knowledge listener: never throws, so a failed push cannot undo or hide a published change. */
    public void onChangeQuietly(List<Clause> clauses) {
        try {
            Result r = onChange(clauses);
            if (r.changed() + r.removed() > 0) {
                LOG.info("policy push: {} clauses new or changed, {} removed, {} users notified", r.changed(), r.removed(), r.notified());
            }
        } catch (RuntimeException e) {
            LOG.error("policy push failed; the change is published, notices were not queued", e);
        }
    }

    public synchronized Result onChange(List<Clause> clauses) {
        Map<String, String> now = new LinkedHashMap<>();
        Map<String, Clause> byId = new HashMap<>();
        for (Clause c : clauses) {
            now.put(c.id(), fingerprint(c));
            byId.put(c.id(), c);
        }
        Map<String, String> seen = seen();
        Optional<EligibilityRules> rules = rules();
        Instant at = store.clock().instant();
        if (seen.isEmpty()) {
            store.db().inTransaction(c -> {
                remember(c, now, List.of());
                if (rules.isPresent()) {
                    reportRules(c, rules.get(), byId, at);
                }
                return null;
            });
            return new Result(0, 0, 0);
        }
        List<Clause> changed = now.entrySet().stream().filter(e -> !e.getValue().equals(seen.get(e.getKey())))
                .map(e -> byId.get(e.getKey())).toList();
        List<String> removed = seen.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        Map<Long, Map<String, String>> items = changed.isEmpty() && removed.isEmpty() ? Map.of() : recipients(changed, removed, rules);
        return store.db().inTransaction(c -> {
            remember(c, changed.stream().collect(java.util.stream.Collectors.toMap(Clause::id, x -> now.get(x.id()))), removed);
            if (rules.isPresent()) {
                reportRules(c, rules.get(), byId, at);
            }
            for (Map.Entry<Long, Map<String, String>> e : items.entrySet()) {
                queue(c, e.getKey(), e.getValue(), at);
            }
            return new Result(changed.size(), removed.size(), items.size());
        });
    }

    /** Chat → (item key → item HTML) for every user a change may concern. */
    private Map<Long, Map<String, String>> recipients(List<Clause> changed, List<String> removed, Optional<EligibilityRules> rules) {
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Optional<Region>> regions = new HashMap<>();
        for (Profile p : store.all()) {
            for (Clause c : changed) {
                Optional<Region> r = regions.computeIfAbsent(c.document().id(), this::region);
                if (matcher.matches(p, c, r)) {
                    add(out, p.chatId(), c, "");
                }
            }
            rules.ifPresent(rs -> rs.evaluate(p.region(), p.level(), p.activities()).stream()
                    .filter(o -> o.status() != EligibilityRules.Status.NOT_MET)
                    .forEach(o -> o.rule().clauseIds().stream().filter(removed::contains).forEach(id -> out
                            .computeIfAbsent(p.chatId(), k -> new LinkedHashMap<>()).put("removed:" + o.rule().name() + ":" + id,
                                    "• <b>" + Html.escape(o.rule().name()) + "</b>：所依据的条款（" + Html.escape(id)
                                            + "）已删除或被新版本取代，请以主管部门最新文件为准。"))));
        }
        List<Subscriptions.Sub> subs = subscriptions.all();
        for (Clause c : changed) {
            Optional<Region> r = regions.computeIfAbsent(c.document().id(), this::region);
            subscriptions.interested(subs, c, r).forEach((chat, why) -> add(out, chat, c, why));
        }
        return out;
    }

    private static void add(Map<Long, Map<String, String>> out, long chat, Clause c, String why) {
        out.computeIfAbsent(chat, k -> new LinkedHashMap<>()).putIfAbsent("clause:" + c.id() + ":" + fingerprint(c),
                PolicyNotice.item(c.text(), c.citation(), why));
    }

    /** Adds items to the user's notice of today if it has not gone out, else of the first later day whose notice has not. */
    private void queue(Connection c, long chat, Map<String, String> items, Instant now) throws SQLException {
        Optional<Instant> blocked = DirectOutbox.blockedSince(c, chat);
        if (blocked.isPresent() && !optedInSince(c, chat, blocked.get())) {
            return; // the user blocked the bot: no daily refusals (and admin notices) until they save or subscribe again
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int ahead = 0; ahead < 366; ahead++) {
            LocalDate day = today.plusDays(ahead);
            String key = "u" + chat + ":" + day;
            Optional<String> status = DirectOutbox.status(c, ProfileStore.PUSH, key, chat);
            if (status.isPresent() && !status.get().equals("pending")) {
                continue; // that day's notice is sent (or on its way): at most one a day
            }
            for (Map.Entry<String, String> it : items.entrySet()) {
                ProfileStore.exec(c, "INSERT OR IGNORE INTO push_item(chat_id, day, item_key, html, added_at) VALUES (?,?,?,?,?)",
                        chat, day.toString(), it.getKey(), it.getValue(), now.toString());
            }
            String html = PolicyNotice.render(dayItems(c, chat, day));
            if (status.isEmpty()) {
                Instant notBefore = ahead == 0 ? now : day.atTime(LATER_AT).atZone(zone).toInstant();
                DirectOutbox.enqueue(c, ProfileStore.PUSH, key, chat, html, List.of(), notBefore, now);
            } else if (!DirectOutbox.replacePending(c, ProfileStore.PUSH, key, chat, html)) {
                continue; // taken by the sender meanwhile
            }
            return;
        }
        LOG.warn("policy notice for chat {} not queued: every day of the coming year already has one", chat);
    }

    /** Whether the chat saved a profile or subscribed to a region or topic after {@code t}. */
    private static boolean optedInSince(Connection c, long chat, Instant t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(at) FROM (SELECT saved_at AS at FROM profile WHERE chat_id = ?"
                + " UNION ALL SELECT created_at FROM push_subscription WHERE chat_id = ?)")) {
            ps.setLong(1, chat);
            ps.setLong(2, chat);
            try (ResultSet rs = ps.executeQuery()) {
                String at = rs.next() ? rs.getString(1) : null;
                return at != null && Instant.parse(at).isAfter(t);
            }
        }
    }

    private static List<String> dayItems(Connection c, long chat, LocalDate day) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT html FROM push_item WHERE chat_id = ? AND day = ? ORDER BY added_at, item_key")) {
            ps.setLong(1, chat);
            ps.setString(2, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Tells the admins which rules cite a clause the knowledge base does not have, once per distinct list. */
    private void reportRules(Connection c, EligibilityRules rules, Map<String, Clause> byId, Instant now) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (EligibilityRules.Rule r : rules.rules()) {
            for (String id : r.clauseIds()) {
                if (!byId.containsKey(id)) {
                    problems.add("• " + r.name() + "（" + rulesFile.getFileName() + " 第" + r.line() + "行）：" + id);
                }
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        String text = "自查规则引用的条款已不在知识库中（已删除或改了编号），/check 和 /mypolicies 中这些政策标为待确认。请修改规则文件：\n"
                + String.join("\n", problems);
        String fp = digest(text);
        if (ProfileStore.exec(c, "INSERT OR IGNORE INTO push_rule_report(fingerprint, text, reported_at) VALUES (?,?,?)",
                fp, text, now.toString()) == 0) {
            return;
        }
        LOG.warn("{}", text);
        for (long admin : admins) {
            DirectOutbox.enqueue(c, RULE_CHECK, fp, admin, "⚠️ " + Html.escape(text.length() > 3000 ? text.substring(0, 3000) + "…" : text),
                    List.of(), now, now);
        }
    }

    private Map<String, String> seen() {
        return store.db().read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT clause_id, fingerprint FROM push_seen");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static void remember(Connection c, Map<String, String> fingerprints, List<String> removed) throws SQLException {
        for (Map.Entry<String, String> e : fingerprints.entrySet()) {
            ProfileStore.exec(c, "INSERT INTO push_seen(clause_id, fingerprint) VALUES (?,?) ON CONFLICT(clause_id) DO UPDATE SET"
                    + " fingerprint = excluded.fingerprint", e.getKey(), e.getValue());
        }
        for (String id : removed) {
            ProfileStore.exec(c, "DELETE FROM push_seen WHERE clause_id = ?", id);
        }
    }

    private Optional<Region> region(String docId) {
        return answerer == null ? Optional.empty() : answerer.profile(docId).flatMap(DocumentProfile::region);
    }

    private Optional<EligibilityRules> rules() {
        try {
            return Optional.of(EligibilityRules.load(rulesFile));
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.error("eligibility rules unusable for policy push: {}", e.getMessage());
            return Optional.empty();
        }
    }

    static String fingerprint(Clause c) {
        return digest(c.document().title() + "\n" + c.document().docNo() + "\n" + c.text());
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
