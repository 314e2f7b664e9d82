package com.gridwall.ui.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gridwall.domain.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gallery: every panel with realistic models at the 1920x1080 design size, in Chinese and in
 * English, written to target/gallery/panels-{zh,en}.png for review, and checked for clipped text,
 * content that does not fit its panel, and text under 16 px.
 */
@ExtendWith(ApplicationExtension.class)
class PanelGalleryTest {
    private PanelGallery gallery;
    private Scene scene;

    /** The gallery's scene is never shown: the headless screen is smaller than 1920x1080; snapshots need no window. */
    @Start
    void start(Stage stage) {
        gallery = new PanelGallery();
        scene = new Scene(gallery.root, PanelGallery.W, PanelGallery.H);
    }

    @Test
    void galleryFitsAt460PxInBothLanguagesAndIsWrittenToPng() throws Exception {
        assertEverythingFits("panels");
    }

    /** The longest texts the models can produce, every panel stale: still nothing clipped or spilling. */
    @Test
    void worstCaseModelsStillFit() throws Exception {
        FxTest.run(() -> {
            gallery.kpis.setTiles(SampleModels.Extremes.kpis());
            gallery.ticker.setAll(SampleModels.Extremes.ticker());
            gallery.overdue.setItems(SampleModels.Extremes.overdue());
            gallery.hotspots.setItems(SampleModels.Extremes.hotspots());
            gallery.byCategory.setItems(SampleModels.Extremes.byCategory());
            gallery.bySource.setItems(SampleModels.Extremes.byCategory());
            gallery.ranking.setItems(SampleModels.Extremes.ranking());
            gallery.bar.setModel(SampleModels.Extremes.feedHealth());
            for (Panel p : gallery.panels) {
                p.setDataTime(SampleModels.NOW.minusSeconds(2 * 86400));
            }
        });
        assertEverythingFits("panels-stress");
    }

    private void assertEverythingFits(String name) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Path png = Path.of("target", "gallery", name + "-" + lang.name().toLowerCase() + ".png");
            WaitForAsyncUtils.asyncFx(() -> {
                gallery.lang.set(lang);
                gallery.root.applyCss();
                gallery.root.layout();
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            var image = WaitForAsyncUtils.asyncFx(() -> {
                gallery.root.applyCss();
                gallery.root.layout();
                problems.addAll(tag(lang, LayoutChecks.truncatedLabels(gallery.root)));
                problems.addAll(tag(lang, LayoutChecks.overflowingPanels(gallery.panels)));
                problems.addAll(tag(lang, LayoutChecks.smallTexts(gallery.root, 16)));
                return scene.snapshot(null);
            }).get();
            FxImages.writePng(image, png);
            assertTrue(Files.size(png) > 50_000, "gallery PNG " + png + " looks empty");
            assertEquals(PanelGallery.W, image.getWidth());
        }
        assertTrue(problems.isEmpty(), "layout problems:\n" + String.join("\n", problems));
    }

    private static List<String> tag(Lang lang, List<String> items) {
        return items.stream().map(s -> lang + ": " + s).toList();
    }
}
