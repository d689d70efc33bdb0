package org.policybot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.policybot.chat.Button;

/** Records every send; answers Sent unless a scripted result is queued for the chat. */
final class RecordingSender implements Sender {
    record Sent(long chatId, String html, List<List<Button>> keyboard, Instant at) {
    }

    /** Thrown to simulate the process dying right after Telegram accepted the message. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash after send");
        }
    }

    final List<Sent> sent = new ArrayList<>();
    final List<Long> attempts = new ArrayList<>();
    final Map<Long, Deque<Supplier<SendResult>>> script = new HashMap<>();
    private final Clock clock;
    int crashAfter = -1;
    /** Until this instant (of the clock) every send finds the API unreachable, as during an outage. */
    volatile Instant downUntil = Instant.MIN;
    int unreachable;
    private long nextId = 1;

    RecordingSender(Clock clock) {
        this.clock = clock;
    }

    RecordingSender then(long chatId, SendResult r) {
        script.computeIfAbsent(chatId, k -> new ArrayDeque<>()).add(() -> r);
        return this;
    }

    @Override
    public synchronized SendResult send(long chatId, String html, List<List<Button>> keyboard) {
        attempts.add(chatId);
        if (clock.instant().isBefore(downUntil)) {
            unreachable++;
            return new SendResult.Unreachable("ConnectException: Connection refused");
        }
        Deque<Supplier<SendResult>> q = script.get(chatId);
        if (q != null && !q.isEmpty()) {
            return q.poll().get();
        }
        sent.add(new Sent(chatId, html, keyboard, clock.instant()));
        if (crashAfter >= 0 && sent.size() > crashAfter) {
            throw new Crash();
        }
        return new SendResult.Sent(nextId++);
    }

    synchronized List<Long> chats() {
        return sent.stream().map(Sent::chatId).toList();
    }
}
