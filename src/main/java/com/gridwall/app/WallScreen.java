package com.gridwall.app;

import com.gridwall.domain.FeedHealth;
import com.gridwall.domain.Lang;
import com.gridwall.geo.GridMap;
import com.gridwall.store.snapshot.WallSnapshot;
import com.gridwall.ui.i18n.Messages;
import com.gridwall.ui.shell.Wall;
import com.gridwall.ui.theme.WallTheme;
import com.gridwall.ui.wall.WallLayoutConfig;
import com.gridwall.ui.wall.WallPresenter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Builds the wall's scene graph: the shell in the layout's design size plus its presenter. FX thread only. */
record WallScreen(Wall wall, WallPresenter presenter) {

    static WallScreen build(WallMap wallMap, Lang lang, WallLayoutConfig layout, Supplier<WallSnapshot> snapshots,
                            Supplier<FeedHealth> health, Clock clock) {
        WallTheme.loadFonts();
        Wall wall = new Wall(Messages.of(lang), layout.designWidth(), layout.designHeight());
        if (!wallMap.ok()) {
            wall.showError(wallMap.source(), wallMap.screenProblem());
            return new WallScreen(wall, null);
        }
        GridMap map = wallMap.map();
        wall.showMap(map);
        return new WallScreen(wall, new WallPresenter(wall, map, lang, layout, snapshots, health, clock));
    }

    /**
     * Every acknowledgement (Enter/Space or the button) is appended to {@code audit}; each batch of
     * new alerts plays {@code sound} when given. A failing audit write is reported, never swallowed silently.
     */
    void wireAlerts(AuditLog audit, AlertSound sound, String operator) {
        presenter.setOperator(operator);
        presenter.setOnAcknowledge(ack -> {
            try {
                audit.accept(ack);
            } catch (RuntimeException e) {
                System.err.println("gridwall: " + e.getMessage());
            }
        });
        if (sound != null) {
            presenter.setOnAlerts(a -> sound.play());
        }
    }

    /** {@code --layout FILE}, else the bundled layout that suits a w x h screen. */
    static WallLayoutConfig layout(Args args, double w, double h) throws Exception {
        String f = args.get("layout", null);
        return f == null ? WallLayoutConfig.forScreen(w, h) : WallLayoutConfig.load(Path.of(f));
    }
}
