package com.gridwall.store.state;

import com.gridwall.domain.Level;
import com.gridwall.domain.UnitDirectory;
import com.gridwall.domain.UnitInfo;
import com.gridwall.store.log.ByteKeyIndex;
import com.gridwall.store.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.ArrowBuf;

/**
 * Dense indexes for the units of the map plus the root (index 0, the whole area), and the grid
 * codes seen on the feed. Each grid code resolves once to its chain of units, root first: a code
 * on the map gives root, district, street, community, grid; an unknown code, a point outside
 * every grid and an event with no location give the root alone (kept and counted, never dropped).
 * Single writer for interning; the unit arrays are immutable.
 */
public final class UnitTable {
    public static final int ROOT = 0;
    public static final String ROOT_CODE = "*";
    private static final int[] ROOT_CHAIN = {ROOT};

    private final String[] codes;
    private final Level[] levels;
    private final int[][] unitChains;
    private final String[][] ancestorCodes;
    private final int[] trendIndex;
    private final int trendUnits;
    private final Map<String, Integer> byCode = new HashMap<>();
    private final ByteKeyIndex gridCodes = new ByteKeyIndex();
    private int[][] gridChains = new int[256][];
    /** The map's grid units in ascending code order, derived once (not state: transient, left out of images and copies). */
    private transient int[] gridsByCode;
    private boolean[] gridKnown = new boolean[256];

    public UnitTable(UnitDirectory directory) {
        List<UnitInfo> units = directory == null ? List.of() : directory.all();
        int n = units.size() + 1;
        codes = new String[n];
        levels = new Level[n];
        unitChains = new int[n][];
        ancestorCodes = new String[n][];
        trendIndex = new int[n];
        codes[ROOT] = ROOT_CODE;
        byCode.put(ROOT_CODE, ROOT);
        for (int k = 0; k < units.size(); k++) {
            codes[k + 1] = units.get(k).code();
            levels[k + 1] = units.get(k).level();
            byCode.put(units.get(k).code(), k + 1);
        }
        unitChains[ROOT] = ROOT_CHAIN;
        ancestorCodes[ROOT] = new String[Level.values().length];
        int trend = 0;
        for (int u = 0; u < n; u++) {
            trendIndex[u] = levels[u] == Level.GRID ? -1 : trend++;
            if (u == ROOT) {
                continue;
            }
            List<Integer> chain = new ArrayList<>();
            String[] anc = new String[Level.values().length];
            for (String c = codes[u]; c != null; c = directory.parentOf(c)) {
                Integer idx = byCode.get(c);
                if (idx == null || chain.contains(idx)) {
                    break;
                }
                chain.add(0, idx);
                anc[levels[idx].ordinal()] = c;
            }
            chain.add(0, ROOT);
            unitChains[u] = chain.stream().mapToInt(Integer::intValue).toArray();
            ancestorCodes[u] = anc;
        }
        trendUnits = trend;
    }

    public int units() {
        return codes.length;
    }

    public String code(int unit) {
        return codes[unit];
    }

    /** The unit's level; null for the root. */
    public Level level(int unit) {
        return levels[unit];
    }

    /** Index of a unit code, or -1. */
    public int unit(String code) {
        Integer i = byCode.get(code);
        return i == null ? -1 : i;
    }

    /** Index in the per-minute trend arrays, or -1 for grids (trends are kept above grid level). */
    public int trendIndex(int unit) {
        return trendIndex[unit];
    }

    public int trendUnits() {
        return trendUnits;
    }

    public int internGrid(ArrowBuf buf, long start, int len) {
        return register(gridCodes.intern(buf, start, len));
    }

    /** The same with the code's {@link com.gridwall.store.log.Utf8#hash} already computed. */
    public int internGrid(ArrowBuf buf, long start, int len, long hash) {
        return register(gridCodes.intern(buf, start, len, hash));
    }

    public int internGrid(String code) {
        return register(gridCodes.intern(code));
    }

    private int register(int id) {
        if (id >= gridChains.length) {
            gridChains = Arrays.copyOf(gridChains, id * 2);
            gridKnown = Arrays.copyOf(gridKnown, id * 2);
        }
        if (gridChains[id] == null) {
            int unit = unit(gridCodes.string(id));
            gridKnown[id] = unit > ROOT;
            gridChains[id] = unit > ROOT ? unitChains[unit] : ROOT_CHAIN;
        }
        return id;
    }

    /** The grid code of an interned id; null for the outside/none sentinels. */
    public String gridCode(int gridId) {
        return gridId < 0 ? null : gridCodes.string(gridId);
    }

    public int gridCodeCount() {
        return gridCodes.size();
    }

    /** True if the grid id names a unit on the map. */
    public boolean known(int gridId) {
        return gridId >= 0 && gridKnown[gridId];
    }

    /** The units an incident located at {@code gridId} counts in, root first. */
    public int[] chain(int gridId) {
        return gridId < 0 ? ROOT_CHAIN : gridChains[gridId];
    }

    /** Codes of the unit's ancestors by {@link Level} ordinal (null where unknown), for a grid id. */
    public String ancestorCode(int gridId, Level level) {
        if (!known(gridId)) {
            return level == Level.GRID && gridId >= 0 ? gridCodes.string(gridId) : null;
        }
        int[] chain = gridChains[gridId];
        return ancestorCodes[chain[chain.length - 1]][level.ordinal()];
    }

    /**
     * The map's grid units in ascending code order: equal hotspot counts list in that order.
     * Derived from the units, which never change, on first use; shared, so callers must not
     * modify it. One thread (the store's writer), like the rest of the table.
     */
    public int[] gridsByCode() {
        if (gridsByCode == null) {
            List<Integer> grids = new ArrayList<>();
            for (int u = ROOT + 1; u < units(); u++) {
                if (levels[u] == Level.GRID) {
                    grids.add(u);
                }
            }
            grids.sort(Comparator.comparing(u -> codes[u]));
            gridsByCode = grids.stream().mapToInt(Integer::intValue).toArray();
        }
        return gridsByCode;
    }

    /** Code of unit u's ancestor at {@code level} (u itself at its own level), or null. */
    public String unitAncestorCode(int unit, Level level) {
        return ancestorCodes[unit][level.ordinal()];
    }

    public static boolean located(int gridId) {
        return gridId != EventLog.GRID_NONE;
    }
}
