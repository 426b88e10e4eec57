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
import org.refugeelaw.api.CaseJson;

/**
 * The JSON path of one case: read and validate the case record, assess it, write the assessment. A proxy for the
 * JSON Lines batch path, which is being built separately; {@link #readAssessWriteLine} writes one line as a batch
 * would. Once the batch API lands, a benchmark of it should replace this proxy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonPathBenchmark {
    @Param({Cases.S1, Cases.HEAVY})
    public String scenario;

    private Cases.BenchCase c;

    @Setup(Level.Trial)
    public void setUp() {
        c = Cases.load(Assessor.create(), scenario);
    }

    /** CaseJson.read + assess + CaseJson.write (pretty-printed). */
    @Benchmark
    public String readAssessWrite() {
        return CaseJson.write(c.assessor().assess(CaseJson.read(c.json()), c.frame()));
    }

    /** CaseJson.read + assess + CaseJson.writeLine (one line, as in JSON Lines). */
    @Benchmark
    public String readAssessWriteLine() {
        return CaseJson.writeLine(c.assessor().assess(CaseJson.read(c.json()), c.frame()));
    }

    /** CaseJson.read alone (parse, schema validation, checks, binding). */
    @Benchmark
    public Object readOnly() {
        return CaseJson.read(c.json());
    }
}
