package com.gridwall.store.snapshot;

import com.gridwall.domain.Department;
import java.util.OptionalDouble;

/** One department's timely-resolution score in a cohort (for the ranking panel). */
public record DepartmentScore(Department department, long received, long resolved, long timely,
                              OptionalDouble timelyRate) {
}
