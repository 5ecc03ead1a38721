package vn.congdanso.examples;

import java.io.PrintStream;

/** One runnable walk-through; prints what it does at each step. */
interface Example {

    /** A one-line title. */
    String title();

    /** Runs the flow, narrating to {@code out}; throws if a step does not behave as shown. */
    void run(PrintStream out);
}
