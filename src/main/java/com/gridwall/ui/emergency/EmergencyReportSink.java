package com.gridwall.ui.emergency;

import java.io.IOException;
import java.nio.file.Path;

/** Writes an ended emergency's summary somewhere durable (app provides the Markdown + PNG writer). */
@FunctionalInterface
public interface EmergencyReportSink {
    /** Writes the report; returns where it went (shown on the wall). */
    Path write(EmergencyReport report) throws IOException;
}
