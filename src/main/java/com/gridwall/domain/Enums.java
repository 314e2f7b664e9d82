package com.gridwall.domain;

/** Lenient-free enum parsing shared by the wire enums: exact name or null, never an exception. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        if (wire == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wire)) {
                return e;
            }
        }
        return null;
    }
}
