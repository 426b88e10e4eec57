package org.refugeelaw.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.assessment.Assessment;

/** Assessments of S1 per second, with one and with two threads sharing one {@link Assessor}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A long warm-up: with 3 x 2 s the JIT's compiler threads were still competing with the two assessing threads for
// the two cores, and two threads measured no more than one (715 against 775 ops/s); with 10 x 3 s, 1,677 against 982.
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ThroughputBenchmark {
    private Cases.BenchCase c;

    @Setup(Level.Trial)
    public void setUp() {
        c = Cases.load(Assessor.create(), Cases.S1);
    }

    @Benchmark
    @Threads(1)
    public Assessment oneThread() {
        return c.assessor().assess(c.record(), c.frame());
    }

    @Benchmark
    @Threads(2)
    public Assessment twoThreads() {
        return c.assessor().assess(c.record(), c.frame());
    }
}
