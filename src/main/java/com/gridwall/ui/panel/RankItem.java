package com.gridwall.ui.panel;

import com.gridwall.domain.Department;
import java.util.Objects;

/**
 * One department's timely rate (及时办结率, fraction 0..1) over {@code resolved} resolved incidents.
 * A department with nothing resolved has no rate: pass {@code resolved = 0}; it is shown as "—"
 * and ranked last. Immutable.
 */
public record RankItem(Department department, double timelyRate, long resolved) {
    public RankItem {
        Objects.requireNonNull(department, "department");
        if (resolved < 0) {
            throw new IllegalArgumentException("rank item " + department + ": resolved must be >= 0, got " + resolved);
        }
        if (resolved > 0 && !(timelyRate >= 0 && timelyRate <= 1)) {
            throw new IllegalArgumentException("rank item " + department + ": timelyRate must be within 0..1, got " + timelyRate);
        }
    }

    public boolean hasRate() {
        return resolved > 0;
    }
}
