package com.gridwall.app;

/** One sub-command of the launcher (`java -jar gridwall.jar NAME ...`). */
interface Command {
    /** Runs the command; the return value becomes the process exit code. */
    int run(Args args) throws Exception;
}
