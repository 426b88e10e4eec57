package org.refugeelaw.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.refugeelaw.api.Assessor;
import org.refugeelaw.model.CountryInformation;
import org.refugeelaw.reference.ReferenceDetermination;

/**
 * A plain loop of assessments for profilers (JFR, async-profiler) and for a CPU-time figure that the load of a shared
 * machine does not distort: {@code java -cp benchmarks.jar org.refugeelaw.bench.Loop S1 20}.
 *
 * <p>Each round of one second runs, in turn, the assessment (nothing rendered), the assessment with every reason
 * rendered in English, and the plain-Java reference determination on the same case, and prints the wall and the
 * thread's CPU time per operation of each, so that the ratio to the reference comes from the same run. At the end it
 * prints the median CPU time and allocation (which the machine's load does not distort) of each over the second half of the rounds (the first half is warm-up) and the load
 * average. A third argument {@code assess} runs the assessment alone (for a profiler).
 */
public final class Loop {
    private Loop() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : Cases.S1;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Cases.BenchCase c = Cases.load(Assessor.create(), name);
        CountryInformation info = Assessor.bundledCountryInformation();
        ReferenceDetermination.FrameId refFrame = ReferenceDetermination.FrameId.valueOf(c.frame().name());
        IntSupplier assess = () -> c.assessor().assess(c.record(), c.frame()).criteria().size();
        IntSupplier rendered = () -> Rendering.english(c.assessor().assess(c.record(), c.frame()));
        IntSupplier reference = () -> ReferenceDetermination.determine(c.record(), info, refFrame).ordinal();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long self = Thread.currentThread().getId();
        int rounds = Math.max(2, seconds / 3);
        double[][] cpu = new double[3][rounds];
        double[][] bytes = new double[3][rounds];
        String[] names = {"assess", "assess+render", "reference"};
        IntSupplier[] ops = {assess, rendered, reference};
        if (args.length > 2 && args[2].equals("assess")) { // for a profiler: the assessment alone
            ops = new IntSupplier[] {assess, assess, assess};
        }
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
            for (int k = 0; k < 3; k++) {
                long wall = System.nanoTime();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long alloc0 = alloc.getThreadAllocatedBytes(self);
                int n = 0;
                long roundEnd = wall + 1_000_000_000L;
                while (System.nanoTime() < roundEnd) {
                    sink += ops[k].getAsInt();
                    n++;
                }
                double cpuUs = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / n;
                double wallUs = (System.nanoTime() - wall) / 1000.0 / n;
                cpu[k][round] = cpuUs;
                bytes[k][round] = (double) (alloc.getThreadAllocatedBytes(self) - alloc0) / n;
                line.append(String.format("  %s %.2f us wall, %.2f us cpu", names[k], wallUs, cpuUs));
            }
            System.out.println(line);
        }
        double[] med = new double[3];
        double[] kb = new double[3];
        for (int k = 0; k < 3; k++) {
            med[k] = median(cpu[k], rounds);
            kb[k] = median(bytes[k], rounds) / 1024;
        }
        System.out.printf("%s median cpu/op: assess %.1f us, assess+render %.1f us, reference %.3f us;"
                        + " ratios %.0f and %.0f; load average %.2f (sink %d)%n", name, med[0], med[1], med[2],
                med[0] / med[2], med[1] / med[2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink & 1);
        System.out.printf("%s median allocation/op: assess %.1f KB, assess+render %.1f KB, reference %.2f KB%n", name,
                kb[0], kb[1], kb[2]);
    }

    /** The median over the second half of the rounds (the first half is warm-up). */
    private static double median(double[] values, int rounds) {
        double[] tail = Arrays.copyOfRange(values, rounds / 2, rounds);
        Arrays.sort(tail);
        return tail[tail.length / 2];
    }
}
