package org.policybot.telegram;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Whether a synchronous Bot API call got as far as writing its request. OkHttp reports the phases
 * of a call to an {@link EventListener}; pengrad creates the call on the calling thread, so the
 * listener of the call in progress is found through a thread-local set by {@link BotApi#call}.
 *
 * <p>"Written" starts with the request headers: from then on the server may have received enough
 * to act, so a failure is uncertain. A failure before it (DNS, connection refused, connect or TLS
 * timeout) means Telegram never saw the request.
 */
final class WritePhase extends EventListener {
    private static final ThreadLocal<WritePhase> CURRENT = new ThreadLocal<>();

    /** Gives each call made inside {@link #begin()}…{@link #end()} on this thread the phase of that scope. */
    static final EventListener.Factory FACTORY = call -> {
        WritePhase p = CURRENT.get();
        return p == null ? EventListener.NONE : p;
    };

    private volatile boolean written;

    static WritePhase begin() {
        WritePhase p = new WritePhase();
        CURRENT.set(p);
        return p;
    }

    static void end() {
        CURRENT.remove();
    }

    boolean written() {
        return written;
    }

    @Override
    public void requestHeadersStart(Call call) {
        written = true;
    }

    @Override
    public void requestFailed(Call call, IOException ioe) {
        written = true;
    }

    @Override
    public void responseHeadersStart(Call call) {
        written = true;
    }
}
