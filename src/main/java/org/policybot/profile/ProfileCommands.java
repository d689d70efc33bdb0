package org.policybot.profile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.chat.Button;
import org.policybot.chat.ChatRouter;
import org.policybot.chat.EligibilityRules;
import org.policybot.chat.Html;
import org.policybot.chat.Inbound;
import org.policybot.chat.Reply;
import org.policybot.store.StoreException;

/**
 * /profile (show, edit by re-running /check, delete) and the {@code pf:…} buttons: {@code pf:save:R:L:MASK}
 * at the end of /check (the consent — nothing is kept without it), {@code pf:del} (asks again) and
 * {@code pf:del!} (deletes the profile and every row about the user).
 */
final class ProfileCommands {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProfileCommands.class);

    private final ProfileStore store;
    private final Path rulesFile;
    private final ZoneId zone;

    ProfileCommands(ProfileStore store, Path rulesFile, ZoneId zone) {
        this.store = store;
        this.rulesFile = rulesFile;
        this.zone = zone;
    }

    List<Reply> profile(Inbound in, String args) {
        Optional<Profile> p = store.get(in.userId());
        if (p.isEmpty()) {
            return List.of(Reply.html("您还没有保存企业档案。发送 /check 做一次政策自查，结果下方点“保存为企业档案”即可保存。"));
        }
        Profile pr = p.get();
        StringBuilder html = new StringBuilder("<b>企业档案</b>\n").append(describe(pr))
                .append("\n保存时间：").append(LocalDate.ofInstant(pr.savedAt(), zone));
        List<String> subs = store.subscriptionsOf(in.chatId());
        if (!subs.isEmpty()) {
            html.append("\n订阅：").append(Html.escape(String.join("、", subs))).append("（/unsubscribe 可取消）");
        }
        html.append("\n\n发送 /mypolicies 查看按最新文件计算的可享政策。有新政策可能适用于您时，会通知您（每天最多一条）。");
        List<List<Button>> kb = new ArrayList<>();
        rules().flatMap(r -> checkPayload(r, pr)).ifPresent(payload ->
                kb.add(List.of(new Button("✏️ 修改业务", ChatRouter.CHECK_CALLBACK + ":" + payload))));
        kb.add(List.of(new Button("🔄 重新自查", ChatRouter.CHECK_CALLBACK + ":")));
        kb.add(List.of(new Button("🗑 删除档案及我的全部记录", ChatRouter.PROFILE_CALLBACK + ":del")));
        return List.of(Reply.html(html.toString(), kb));
    }

    /** {@code pf:…} presses; the payload is the part after "pf:". */
    List<Reply> button(Inbound in, String payload) {
        String[] p = payload.split(":");
        return switch (p[0]) {
            case "save" -> save(in, p);
            case "del" -> List.of(Reply.html("确定删除吗？将删除您的企业档案、订阅、评价、记住的地区和待发送的个人提醒，且无法恢复。",
                    List.of(List.of(new Button("确认删除", ChatRouter.PROFILE_CALLBACK + ":del!"),
                            new Button("取消", ChatRouter.PROFILE_CALLBACK + ":keep")))));
            case "del!" -> delete(in);
            case "keep" -> List.of(Reply.html("好的，档案保留不变。"));
            default -> expired();
        };
    }

    private List<Reply> save(Inbound in, String[] p) {
        Optional<EligibilityRules> rules = rules();
        if (rules.isEmpty()) {
            return List.of(Reply.html("政策自查暂不可用，请联系管理员检查规则文件。"));
        }
        EligibilityRules r = rules.get();
        int region;
        int level;
        int mask;
        try {
            region = Integer.parseInt(p[1]);
            level = Integer.parseInt(p[2]);
            mask = Integer.parseInt(p[3]);
        } catch (RuntimeException e) {
            return expired();
        }
        if (region < 0 || region >= r.regions().size() || level < 0 || level >= EligibilityRules.LEVELS.size()) {
            return expired();
        }
        List<String> acts = new ArrayList<>();
        for (int i = 0; i < r.activities().size() && i < 30; i++) {
            if ((mask & (1 << i)) != 0) {
                acts.add(r.activities().get(i));
            }
        }
        // Notices go to the private chat: in a group the user id is that chat (Telegram), so they stay personal.
        long chat = in.groupChat() ? in.userId() : in.chatId();
        Profile pr = new Profile(in.userId(), chat, r.regions().get(region), level, acts, store.clock().instant());
        store.save(pr);
        return List.of(Reply.html("已保存企业档案：\n" + describe(pr)
                + "\n\n发送 /mypolicies 随时查看可享政策；有新政策可能适用于您时会通知您（每天最多一条）。/profile 可修改或删除。"
                + (in.groupChat() ? "\n通知会私聊发给您，请先私聊我发送 /start。" : "")));
    }

    private List<Reply> delete(Inbound in) {
        try {
            ProfileStore.Forgotten f = store.forget(in.userId());
            LOG.info("user {} deleted their data: {}", in.userId(), f);
            return List.of(Reply.html(f.total() == 0 ? "没有需要删除的记录。"
                    : "已删除您的企业档案和相关记录（订阅 " + f.subscriptions() + " 项、评价 " + f.ratings() + " 条、个人提醒 " + f.reminders()
                    + " 条、待发送消息 " + f.queued() + " 条" + (f.regions() > 0 ? "、记住的地区" : "") + "）。"));
        } catch (StoreException e) {
            LOG.error("deleting the data of user {} failed; nothing was deleted", in.userId(), e);
            return List.of(Reply.html("删除失败，未做任何改动，请稍后再试。"));
        }
    }

    static String describe(Profile p) {
        return "地区：" + Html.escape(p.region()) + "\n认定：" + Html.escape(EligibilityRules.levelLabel(p.level()))
                + "\n业务：" + Html.escape(p.activities().isEmpty() ? "未选择" : String.join("、", p.activities()));
    }

    /** The /check state {@code region:level:mask} of a profile under the current rules, to edit it from step 3. */
    static Optional<String> checkPayload(EligibilityRules r, Profile p) {
        int region = r.regions().indexOf(p.region());
        if (region < 0) {
            return Optional.empty();
        }
        int mask = 0;
        for (String a : p.activities()) {
            int i = r.activities().indexOf(a);
            if (i >= 0 && i < 30) {
                mask |= 1 << i;
            }
        }
        return Optional.of(region + ":" + p.level() + ":" + mask);
    }

    private Optional<EligibilityRules> rules() {
        try {
            return Optional.of(EligibilityRules.load(rulesFile));
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.error("eligibility rules unusable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Reply> expired() {
        return List.of(Reply.html("这个按钮已失效，请重新发送 /check 或 /profile。"));
    }
}
