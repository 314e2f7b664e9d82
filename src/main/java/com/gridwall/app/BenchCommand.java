package com.gridwall.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code bench NAME ...}: one benchmark per name. */
final class BenchCommand implements Command {
    private static Map<String, Supplier<Command>> benches() {
        Map<String, Supplier<Command>> m = new TreeMap<>();
        m.put("feed", BenchFeedCommand::new);
        return m;
    }

    @Override
    public int run(Args args) throws Exception {
        String name = args.word(1);
        Supplier<Command> b = name == null ? null : benches().get(name);
        if (b == null) {
            System.err.println("usage: bench NAME; benches: " + benches().keySet());
            return 2;
        }
        return b.get().run(args);
    }
}
