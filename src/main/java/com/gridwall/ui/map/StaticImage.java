package com.gridwall.ui.map;

/**
 * One finished static image of the map: premultiplied ARGB pixels painted for {@link #frame}, with
 * what it took. Its pixels stay unchanged while it is the newest image; once a newer one replaces it,
 * {@link MapRenderThread} may paint a later image into the same array, so pixels are read only inside
 * {@link MapRenderThread#readLatest}.
 *
 * @param serial       request number, increasing; a newer image always replaces an older one
 * @param labelsPlaced labels the label layer drew
 * @param renderNanos  time the render thread spent painting it
 */
record StaticImage(long serial, MapFrame frame, int[] argb, int labelsPlaced, long renderNanos) {
}
