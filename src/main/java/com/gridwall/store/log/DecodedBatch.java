package com.gridwall.store.log;

import com.gridwall.domain.Event;
import org.apache.arrow.memory.ArrowBuf;

/**
 * One validated input batch as primitive columns (reused between batches). Strings stay in the
 * caller's Arrow buffers and are referenced by start and length; a length of -1 means null.
 * Absent values use the log's sentinels.
 */
public final class DecodedBatch {
    public int rows;
    public long[] seq = new long[0];
    public long[] ts = new long[0];
    public long[] deadline = new long[0];
    public double[] lon = new double[0];
    public double[] lat = new double[0];
    public byte[] type = new byte[0];
    public byte[] category = new byte[0];
    public byte[] source = new byte[0];
    public byte[] department = new byte[0];
    public byte[] severity = new byte[0];
    public byte[] satisfaction = new byte[0];
    public long[] idStart = new long[0];
    public int[] idLen = new int[0];
    public long[] incStart = new long[0];
    public int[] incLen = new int[0];
    public long[] gridStart = new long[0];
    public int[] gridLen = new int[0];
    public long[] sumStart = new long[0];
    public int[] sumLen = new int[0];
    public ArrowBuf idData;
    public ArrowBuf incData;
    public ArrowBuf gridData;
    public ArrowBuf sumData;

    public static final long NO_TIME = Event.NO_TIME;

    void ensure(int n) {
        rows = n;
        if (seq.length >= n) {
            return;
        }
        seq = new long[n];
        ts = new long[n];
        deadline = new long[n];
        lon = new double[n];
        lat = new double[n];
        type = new byte[n];
        category = new byte[n];
        source = new byte[n];
        department = new byte[n];
        severity = new byte[n];
        satisfaction = new byte[n];
        idStart = new long[n];
        idLen = new int[n];
        incStart = new long[n];
        incLen = new int[n];
        gridStart = new long[n];
        gridLen = new int[n];
        sumStart = new long[n];
        sumLen = new int[n];
    }
}
