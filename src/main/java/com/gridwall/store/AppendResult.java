package com.gridwall.store;

/**
 * What one append did with its rows.
 *
 * @param accepted   rows applied to the log and the incident state
 * @param duplicates rows ignored because their event_id was already applied
 * @param lastSeq    the store's highest applied seq after this append
 */
public record AppendResult(int accepted, int duplicates, long lastSeq) {
}
