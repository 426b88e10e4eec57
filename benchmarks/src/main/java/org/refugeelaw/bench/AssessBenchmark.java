package org.refugeelaw.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.assessment.Assessment;

/**
 * One assessment with its full explanation as messages ({@code assess}) and with the reasons rendered in English
 * ({@code assessRendered}) (criteria, rules, legal basis, return findings), of a simple case (S6), a
 * typical one (S1) and a heavy generated one: mean time and the distribution (SampleTime gives p0.50 etc.).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {
    @Param({Cases.S6, Cases.S1, Cases.HEAVY})
    public String scenario;

    private Cases.BenchCase c;

    @Setup(Level.Trial)
    public void setUp() {
        c = Cases.load(Assessor.create(), scenario);
    }

    /** The determination and findings, as messages: nothing is rendered (what a caller reading only the outcome pays). */
    @Benchmark
    public Assessment assess() {
        return c.assessor().assess(c.record(), c.frame());
    }

    /** The same, with every reason rendered in English afterwards (what a report pays). */
    @Benchmark
    public int assessRendered() {
        return Rendering.english(c.assessor().assess(c.record(), c.frame()));
    }
}
