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

/** assessWithAlternatives: decisive missing facts (S9) and counterfactuals (S6). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlternativesBenchmark {
    @Param({Cases.S9, Cases.S6})
    public String scenario;

    private Cases.BenchCase c;

    @Setup(Level.Trial)
    public void setUp() {
        c = Cases.load(Assessor.create(), scenario);
    }

    @Benchmark
    public Assessment assessWithAlternatives() {
        return c.assessor().assessWithAlternatives(c.record(), c.frame());
    }
}
