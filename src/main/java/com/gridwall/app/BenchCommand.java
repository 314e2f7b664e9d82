package com.gridwall.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code bench NAME ...}: one entry per benchmark, each a {@link Command} of its own. */
final class BenchCommand implements Command {
    private static Map<String, Supplier<Command>> benches() {
        Map<String, Supplier<Command>> m = new TreeMap<>();
        m.put("feed", BenchFeedCommand::new);
        m.put("filter", BenchFilterCommand::new);
        m.put("map", BenchMapCommand::new);
        m.put("pip", BenchPipCommand::new);
        m.put("replay", BenchReplayCommand::new);
        m.put("store", BenchStoreCommand::new);
        m.put("wall", BenchWallCommand::new);
        return m;
    }

    @Override
    public int run(Args args) throws Exception {
        String name = args.word(1);
        Supplier<Command> bench = name == null ? null : benches().get(name);
        if (bench == null) {
            throw new IllegalArgumentException("expected one of " + benches().keySet() + ", got '" + name + "'");
        }
        return bench.get().run(args);
    }
}
