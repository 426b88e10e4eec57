package org.refugeelaw.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from JVM launch to the first assessment: each invocation starts a fresh JVM running {@link FirstAssessment}
 * (same java binary and class path as this fork, no JIT warm-up carried over) and measures the wall time from
 * launching the process until it reports its first assessment. This includes JVM start-up, class loading, building
 * the rule base and one read + assess, but not JVM shutdown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 10, batchSize = 1)
@Fork(1)
public class StartupBenchmark {
    @Benchmark
    public String firstAssessment() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(FirstAssessment.class.getName());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(FirstAssessment.DONE)) {
                    result = line;
                    break;
                }
            }
        }
        if (result == null) {
            p.waitFor();
            throw new IllegalStateException("FirstAssessment failed with exit code " + p.exitValue());
        }
        child = p; // the timed part ends here; the child exits in tearDown, untimed
        return result;
    }

    private Process child;

    @TearDown(Level.Invocation)
    public void tearDown() throws InterruptedException {
        if (child != null) {
            child.waitFor();
            child = null;
        }
    }
}
