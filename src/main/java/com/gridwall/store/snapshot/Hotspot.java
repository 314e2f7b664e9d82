package com.gridwall.store.snapshot;

import com.gridwall.domain.Category;

/** A repeat hotspot (高频问题): {@code count} incidents of one category in one grid in the last 7 days. */
public record Hotspot(String gridCode, String communityCode, String streetCode, Category category, long count) {
}
