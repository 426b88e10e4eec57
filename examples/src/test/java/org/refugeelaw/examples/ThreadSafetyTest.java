package org.refugeelaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.refugeelaw.api.CaseJson;

/**
 * One assessor shared by many threads gives, for every scenario, exactly the assessment it gives when used alone:
 * the same JSON, byte for byte, whatever else runs at the same time.
 */
class ThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = Integer.getInteger("threadSafety.rounds", 200);

    @Test
    void manyThreadsSharingOneAssessorGiveTheSequentialResults() throws Exception {
        ScenarioRunner runner = new ScenarioRunner();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path p : ScenarioLoader.files(Path.of("scenarios"))) {
            scenarios.add(ScenarioLoader.load(p));
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(15);
        List<String> sequential = new ArrayList<>();
        for (Scenario s : scenarios) {
            sequential.add(CaseJson.writeLine(runner.assess(s)));
        }

        List<Integer> work = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < scenarios.size(); i++) {
                work.add(i);
            }
        }
        long seed = new Random().nextLong();
        Collections.shuffle(work, new Random(seed));

        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int k = next.getAndIncrement(); k < work.size(); k = next.getAndIncrement()) {
                        int i = work.get(k);
                        String json = CaseJson.writeLine(runner.assess(scenarios.get(i)));
                        if (!json.equals(sequential.get(i))) {
                            mismatches.add(scenarios.get(i).file().getFileName().toString());
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : workers) {
                w.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(done.get()).isEqualTo(ROUNDS * scenarios.size());
        assertThat(mismatches).as("scenarios whose concurrent assessment differed (shuffle seed " + seed + ")")
                .isEmpty();
    }
}
