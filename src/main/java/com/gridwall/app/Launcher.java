package com.gridwall.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Plain main (not a JavaFX Application) so that `java -jar` works with JavaFX on the class path.
 * Dispatches to the sub-commands; with no command it opens the wall.
 */
public final class Launcher {
    private Launcher() {
    }

    private static Map<String, Supplier<Command>> commands() {
        Map<String, Supplier<Command>> m = new TreeMap<>();
        m.put("help", () -> a -> usage());
        m.put("bench", BenchCommand::new);
        m.put("feed-server", FeedServerCommand::new);
        m.put("make-map", MakeMapCommand::new);
        m.put("snapshot", SnapshotCommand::new);
        return m;
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        Args args = new Args(argv);
        String name = args.command();
        Supplier<Command> cmd = name == null ? WallCommand::new : commands().get(name);
        if (cmd == null) {
            System.err.println("unknown command '" + name + "'");
            usage();
            return 2;
        }
        try {
            return cmd.get().run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gridwall " + (name == null ? "" : name + ": ") + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("gridwall " + name + " failed: " + e);
            return 1;
        }
    }

    private static int usage() {
        System.out.println("usage: java -jar gridwall.jar [COMMAND] [OPTIONS]; commands: " + commands().keySet());
        return 0;
    }
}
