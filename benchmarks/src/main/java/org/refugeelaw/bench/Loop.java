package org.refugeelaw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.refugeelaw.api.Assessor;

/**
 * A plain loop of assessments for profilers (JFR, async-profiler) and for a CPU-time figure that the load of a shared
 * machine does not distort: {@code java -cp benchmarks.jar org.refugeelaw.bench.Loop S1 20}.
 */
public final class Loop {
    private Loop() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : Cases.S1;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Cases.BenchCase c = Cases.load(Assessor.create(), name);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int round = 0;
        while (System.nanoTime() < end) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            int n = 0;
            long roundEnd = wall + 1_000_000_000L;
            while (System.nanoTime() < roundEnd) {
                c.assessor().assess(c.record(), c.frame());
                n++;
            }
            long cpuUs = (mx.getCurrentThreadCpuTime() - cpu) / 1000;
            long wallUs = (System.nanoTime() - wall) / 1000;
            System.out.printf("round %d: %d assessments, %.1f us wall/op, %.1f us cpu/op%n", ++round, n,
                    (double) wallUs / n, (double) cpuUs / n);
        }
    }
}
