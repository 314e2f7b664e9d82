package com.gridwall.ui.map;

/**
 * One finished static image of the map: premultiplied ARGB pixels painted for {@link #frame}, with
 * what it took. Immutable after publication (the pixel array is never written again).
 *
 * @param serial       request number, increasing; a newer image always replaces an older one
 * @param labelsPlaced labels the label layer drew
 * @param renderNanos  time the render thread spent painting it
 */
record StaticImage(long serial, MapFrame frame, int[] argb, int labelsPlaced, long renderNanos) {
}
