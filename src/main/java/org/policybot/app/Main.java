package org.policybot.app;

/** Entry point: with no arguments starts the bot (console chat without a token), else runs a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("policy-bot: under construction");
    }
}
