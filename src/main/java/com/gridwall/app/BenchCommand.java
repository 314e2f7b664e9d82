package com.gridwall.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code bench NAME ...}: dispatches to one benchmark by its name (args.word(1)). */
final class BenchCommand implements Command {
    private static Map<String, Supplier<Command>> benches() {
        Map<String, Supplier<Command>> m = new TreeMap<>();
        m.put("map", BenchMapCommand::new);
        return m;
    }

    @Override
    public int run(Args args) throws Exception {
        String name = args.word(1);
        Supplier<Command> bench = name == null ? null : benches().get(name);
        if (bench == null) {
            throw new IllegalArgumentException("which benchmark? one of " + benches().keySet());
        }
        return bench.get().run(args);
    }
}
