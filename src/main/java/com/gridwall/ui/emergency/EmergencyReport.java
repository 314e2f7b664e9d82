package com.gridwall.ui.emergency;

import javafx.scene.image.WritableImage;

/**
 * What ending an emergency hands to the report writer: the last picture, the end time, two
 * snapshots taken just before the normal layout returns (the whole wall, the zoomed area), and the
 * wall's language at that moment (the report is written in it).
 */
public record EmergencyReport(EmergencyPicture picture, long endedAt, WritableImage wall, WritableImage area,
                              com.gridwall.domain.Lang lang) {
}
