package com.gridwall.store;

/**
 * Volume and memory of a store.
 *
 * @param events       events applied
 * @param duplicates   events ignored as duplicates
 * @param incidents    distinct incidents
 * @param heldEvents   events still in the log (retention)
 * @param arrowBytes   Arrow memory held by the log
 * @param payloadBytes bytes of the values held (fixed-width columns + utf8 bytes)
 */
public record StoreStats(long events, long duplicates, long incidents, long heldEvents, long arrowBytes,
                         long payloadBytes) {
    public double bytesPerEvent() {
        return heldEvents == 0 ? 0 : (double) arrowBytes / heldEvents;
    }

    public double memoryToPayload() {
        return payloadBytes == 0 ? 0 : (double) arrowBytes / payloadBytes;
    }
}
