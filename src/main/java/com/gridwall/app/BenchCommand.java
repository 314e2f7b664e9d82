package com.gridwall.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** `bench NAME ...`: dispatches to one benchmark per name (one line each). */
final class BenchCommand implements Command {
    private static Map<String, Supplier<Command>> benches() {
        Map<String, Supplier<Command>> m = new TreeMap<>();
        m.put("feed", BenchFeedCommand::new);
        m.put("pip", BenchPipCommand::new);
        m.put("replay", BenchReplayCommand::new);
        m.put("store", BenchStoreCommand::new);
        return m;
    }

    @Override
    public int run(Args args) throws Exception {
        String name = args.word(1);
        Supplier<Command> b = name == null ? null : benches().get(name);
        if (b == null) {
            throw new IllegalArgumentException("bench: expected one of " + benches().keySet() + ", got '" + name + "'");
        }
        return b.get().run(args);
    }
}
