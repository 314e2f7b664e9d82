package com.gridwall.ui.emergency;

/**
 * One step of the response timeline.
 *
 * @param at     epoch ms (store clock)
 * @param step   what happened (a message key suffix, e.g. "declared", "first.dispatched", "summons.called")
 * @param detail a short detail (incident id, counts), may be empty
 */
public record TimelineEntry(long at, String step, String detail) {
}
