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
import org.refugeelaw.assessment.RefugeeStatus;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.reference.ReferenceDetermination;

/**
 * The plain-Java reference implementation of the core determination (rules-drl's test-jar) on the same cases as
 * {@link AssessBenchmark}, so that the rules engine's overhead is a ratio measured in the same run:
 * {@code AssessBenchmark.assess / ReferenceBenchmark.determine} per case. The reference computes only the
 * determination, without explanations, which is part of what the ratio measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReferenceBenchmark {
    @Param({Cases.S6, Cases.S1, Cases.HEAVY})
    public String scenario;

    private Cases.BenchCase c;
    private CountryInformation countryInformation;
    private ReferenceDetermination.FrameId frame;

    @Setup(Level.Trial)
    public void setUp() {
        c = Cases.load(Assessor.create(), scenario);
        countryInformation = Assessor.bundledCountryInformation();
        frame = ReferenceDetermination.FrameId.valueOf(c.frame().name());
    }

    @Benchmark
    public RefugeeStatus determine() {
        return ReferenceDetermination.determine(c.record(), countryInformation, frame);
    }
}
