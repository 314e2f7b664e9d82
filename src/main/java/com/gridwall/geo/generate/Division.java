package com.gridwall.geo.generate;

import com.gridwall.domain.Level;

/** One official administrative division (code, name, level, parent) as listed in the sources. */
public record Division(String code, String name, Level level, String parentCode) {
}
