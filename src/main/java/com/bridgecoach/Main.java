package com.bridgecoach;

import com.bridgecoach.cli.CommandLineInterface;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/** Entry point: reads the environment, builds the application, hands the arguments to the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bridge-coach: " + e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try (Application app = new Application(settings, Clock.systemUTC(), Ticker.systemTicker())) {
            if (CommandLineInterface.needsContent(args)) {
                app.preload();
            }
            code = new CommandLineInterface(app).run(args);
        }
        System.exit(code);
    }
}
