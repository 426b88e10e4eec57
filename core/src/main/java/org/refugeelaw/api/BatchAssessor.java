package org.refugeelaw.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.refugeelaw.assessment.Assessment;
import org.refugeelaw.model.CaseRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.refugeelaw.internal.json.CaseReader;
import org.refugeelaw.internal.json.Json;
import org.refugeelaw.internal.json.LineSource;

/**
 * Assesses a stream of case records in JSON Lines (one case record per line) and writes one JSON line per input
 * line, in input order.
 *
 * <p>A line that holds a valid case record gives {@code {"line":n,"assessment":{...}}}; any other line (malformed
 * JSON, an invalid case record, a blank line, a line longer than {@link #maxLineLength()}, bytes that are not
 * UTF-8) gives {@code {"line":n,"errors":[{"path":..,"received":..,"expected":..,"message":..}, ...]}} and the
 * batch goes on. Lines are numbered from 1. Lines end with {@code \n}; a {@code \r} before it is dropped.
 *
 * <p>The input is streamed: memory does not grow with the length of the input. With more than one thread the
 * assessments run in parallel on one shared {@link Assessor}, and at most {@link #window()} lines are in flight
 * at a time; the output is the same, byte for byte, whatever the number of threads.
 *
 * <pre>{@code
 * BatchAssessor batch = BatchAssessor.of(Assessor.create()).withThreads(4)
 *         .withProgress(Duration.ofSeconds(1), p -> System.err.println(p.lines() + " lines"));
 * BatchAssessor.Summary s = batch.run(in, out);
 * }</pre>
 *
 * <p>Case records are personal data: nothing from the input is logged, only line numbers, counts and JSON paths.
 * Instances are immutable and may be shared; each {@link #run} is independent.
 */
public final class BatchAssessor {
    private static final Logger LOG = LoggerFactory.getLogger(BatchAssessor.class);
    private static final JsonFactory JSON = new JsonFactory();
    /** The longest line read by default: the JSON reader's document limit ({@code Json.MAX_DOCUMENT_LENGTH}). */
    public static final int DEFAULT_MAX_LINE_LENGTH = (int) Json.MAX_DOCUMENT_LENGTH;

    private final Assessor assessor;
    private final Frame frame;
    private final int threads;
    private final int maxLineLength;
    private final Duration progressInterval;
    private final Consumer<Progress> progress;
    private final boolean reasons;
    private final java.util.Locale locale;

    private BatchAssessor(Assessor assessor, Frame frame, int threads, int maxLineLength, Duration progressInterval,
                          Consumer<Progress> progress, java.util.Locale locale) {
        this(assessor, frame, threads, maxLineLength, progressInterval, progress, true, locale);
    }

    private BatchAssessor(Assessor assessor, Frame frame, int threads, int maxLineLength, Duration progressInterval,
                          Consumer<Progress> progress, boolean reasons, java.util.Locale locale) {
        this.reasons = reasons;
        this.locale = locale;
        this.assessor = assessor;
        this.frame = frame;
        this.threads = threads;
        this.maxLineLength = maxLineLength;
        this.progressInterval = progressInterval;
        this.progress = progress;
    }

    /**
     * A batch that assesses under UNHCR's standards on the calling thread, with no progress reports.
     *
     * @param assessor the assessor to share
     * @return a batch that assesses under UNHCR's standards on the calling thread, with no progress reports
     */
    public static BatchAssessor of(Assessor assessor) {
        return new BatchAssessor(Objects.requireNonNull(assessor, "assessor"), Frame.UNHCR, 1,
                DEFAULT_MAX_LINE_LENGTH, Duration.ofSeconds(1), null, java.util.Locale.ROOT);
    }

    /**
     * The same batch under another legal frame.
     *
     * @param newFrame the legal frame
     * @return the same batch under another legal frame
     */
    public BatchAssessor withFrame(Frame newFrame) {
        return new BatchAssessor(assessor, Objects.requireNonNull(newFrame, "frame"), threads, maxLineLength,
                progressInterval, progress, reasons, locale);
    }

    /**
     * The same batch with {@code n} worker threads sharing the assessor (1: assess on the calling thread).
     *
     * @param n how many threads (1 to 256)
     * @return the same batch with that many threads
     */
    public BatchAssessor withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + n);
        }
        return new BatchAssessor(assessor, frame, n, maxLineLength, progressInterval, progress, reasons, locale);
    }

    /**
     * The same batch with another longest line, in bytes for a byte stream and in characters for a character
     * stream. A longer line is skipped without being held in memory and gives an error record. Lines longer than
     * the JSON reader's own limit give error records whatever this says.
     *
     * @param max the longest line accepted, in bytes
     * @return the same batch with another longest line, in bytes for a byte stream and in characters for a character
     * stream
     */
    public BatchAssessor withMaxLineLength(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxLineLength must be at least 1, got " + max);
        }
        return new BatchAssessor(assessor, frame, threads, max, progressInterval, progress, reasons, locale);
    }

    /**
     * The same batch, reporting progress to {@code listener} on the thread that called {@link #run}, at most once
     * per {@code interval} (and not at all for a batch that ends sooner).
     *
     * @param interval how often to report at most
     * @param listener receives each report
     * @return the same batch, reporting progress to the listener
     */
    public BatchAssessor withProgress(Duration interval, Consumer<Progress> listener) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative");
        }
        return new BatchAssessor(assessor, frame, threads, maxLineLength, interval,
                Objects.requireNonNull(listener, "listener"), reasons, locale);
    }

    /**
     * The same batch with the text of each message ({@code messages[].text}) in {@code locale} (English, Korean or
     * simplified Chinese); English ({@link java.util.Locale#ROOT}) writes exactly as before.
     *
     * @param newLocale the language of the messages' text
     * @return the same batch, writing in that language
     */
    public BatchAssessor withLocale(java.util.Locale newLocale) {
        return new BatchAssessor(assessor, frame, threads, maxLineLength, progressInterval, progress, reasons,
                Objects.requireNonNull(newLocale, "locale"));
    }

    /**
     * The same batch, writing each assessment with its rendered reasons ({@code true}, the default: as
     * {@link CaseJson#writeLine}) or without them ({@code false}: the determination and every finding with its
     * messages as keys and arguments, as {@link CaseJson#writeLineWithoutReasons}), which is smaller and faster.
     *
     * @param rendered whether to write the rendered reasons
     * @return a batch assessor like this one, writing as asked
     */
    public BatchAssessor withRenderedReasons(boolean rendered) {
        return new BatchAssessor(assessor, frame, threads, maxLineLength, progressInterval, progress, rendered, locale);
    }

    /**
     * Whether each assessment is written with its rendered reasons.
     *
     * @return {@code true} if the reasons are rendered
     */
    public boolean renderedReasons() {
        return reasons;
    }

    /**
     * The frame the batch assesses under.
     *
     * @return the frame the batch assesses under
     */
    public Frame frame() {
        return frame;
    }

    /**
     * How many threads assess at once.
     *
     * @return the number of threads
     */
    public int threads() {
        return threads;
    }

    /**
     * The longest line accepted, in bytes.
     *
     * @return the longest line accepted, in bytes
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * The most lines in flight at once when running in parallel.
     *
     * @return the most lines in flight at once when running in parallel
     */
    public int window() {
        return threads * 4;
    }

    /**
     * Assesses every line of a UTF-8 stream and writes the results to {@code out} as UTF-8 JSON Lines. Neither
     * stream is closed; {@code out} is flushed.
     *
     * @throws IOException if reading the input or writing the output fails (the batch stops)
     * @param in the input
     * @param out the output
     * @return a summary of the run
     */
    public Summary run(InputStream in, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        return run(in, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * Assesses every line of a UTF-8 stream (a line that is not valid UTF-8 gives an error record) and writes the
     * results to {@code out}. Neither is closed; {@code out} is flushed.
     *
     * @throws IOException if reading the input or writing the output fails (the batch stops)
     * @param in the input
     * @param out the output
     * @return a summary of the run
     */
    public Summary run(InputStream in, Writer out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        return run(new LineSource.Bytes(in, maxLineLength), out);
    }

    /**
     * Assesses every line of {@code in} and writes the results to {@code out}. Neither is closed; {@code out} is
     * flushed.
     *
     * @throws IOException if reading the input or writing the output fails (the batch stops)
     * @param in the input
     * @param out the output
     * @return a summary of the run
     */
    public Summary run(Reader in, Writer out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        return run(new LineSource.Chars(in, maxLineLength), out);
    }

    private Summary run(LineSource source, Writer out) throws IOException {
        Counter counter = new Counter(System.nanoTime());
        LOG.debug("Batch started: frame {}, {} thread(s), longest line {}", frame, threads, maxLineLength);
        if (threads == 1) {
            for (LineSource.Line line = source.next(); line != null; line = source.next()) {
                counter.write(out, process(line));
            }
        } else {
            parallel(source, out, counter);
        }
        out.flush();
        Summary summary = counter.summary();
        LOG.debug("Batch finished: {} lines, {} assessed, {} errors, {} ms", summary.lines(), summary.ok(),
                summary.errors(), summary.elapsed().toMillis());
        return summary;
    }

    private void parallel(LineSource source, Writer out, Counter counter) throws IOException {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "refugee-law-batch-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>(window());
        try {
            for (LineSource.Line line = source.next(); line != null; line = source.next()) {
                LineSource.Line l = line;
                inFlight.add(pool.submit(() -> process(l)));
                if (inFlight.size() >= window()) {
                    counter.write(out, await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                counter.write(out, await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result await(Future<Result> f) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            // process() turns every exception into an error record; this is an Error (e.g. out of memory).
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("A batch worker failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One output line (without its line end) and whether it is an error record. */
    private record Result(String json, boolean error) {
    }

    private Result process(LineSource.Line line) {
        long n = line.number();
        if (line.problem() != null) {
            return errors(n, List.of(line.problem()));
        }
        String text = line.text();
        if (text.isBlank()) {
            return errors(n, List.of(new InputProblem("$", "(blank line)", "a case record as a JSON object",
                    "Line " + n + " is blank; each line must hold one case record as a JSON object.")));
        }
        CaseRecord record;
        try {
            record = CaseReader.read(text, assessor.countryInformation());
        } catch (InvalidCaseException e) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Line {} is not a valid case record: {}", n,
                        e.problems().stream().map(InputProblem::path).toList());
            }
            return errors(n, e.problems());
        } catch (RuntimeException e) {
            return internalError(n, "read", e);
        }
        if (record == null) {
            return errors(n, List.of(new InputProblem("$", "null", "a case record as a JSON object",
                    "Line " + n + " holds null; each line must hold one case record as a JSON object.")));
        }
        try {
            Assessment a = assessor.assessChecked(record, frame);
            String json = !reasons ? CaseJson.writeLineWithoutReasons(a)
                    : locale.equals(java.util.Locale.ROOT) ? CaseJson.writeLine(a) : CaseJson.writeLine(a, locale);
            return new Result("{\"line\":" + n + ",\"assessment\":" + json + "}", false);
        } catch (InvalidCaseException e) {
            return errors(n, e.problems());
        } catch (RuntimeException e) {
            return internalError(n, "assess", e);
        }
    }

    /** A fault in this library, not in the input. The exception's message may quote the input: not logged. */
    private static Result internalError(long n, String stage, RuntimeException e) {
        LOG.warn("Line {}: internal error while trying to {} the case ({}); the batch goes on", n, stage,
                e.getClass().getName());
        return errors(n, List.of(new InputProblem("$", "(not assessed)", "a case record this library can assess",
                "Line " + n + " could not be assessed because of an internal error (" + e.getClass().getSimpleName()
                        + "); please report it with the case record.")));
    }

    private static Result errors(long n, List<InputProblem> problems) {
        StringWriter sw = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeNumberField("line", n);
            g.writeArrayFieldStart("errors");
            for (InputProblem p : problems) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("received", p.received());
                g.writeStringField("expected", p.expected());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(sw.toString(), true);
    }

    /** Counts what has been written, and reports progress. Used by the calling thread only. */
    private final class Counter {
        private final long start;
        private long lines;
        private long errors;
        private long nextReport;

        Counter(long start) {
            this.start = start;
            this.nextReport = start + progressInterval.toNanos();
        }

        void write(Writer out, Result r) throws IOException {
            out.write(r.json());
            out.write('\n');
            lines++;
            if (r.error()) {
                errors++;
            }
            if (progress != null) {
                long now = System.nanoTime();
                if (now - nextReport >= 0) {
                    nextReport = now + progressInterval.toNanos();
                    progress.accept(new Progress(lines, errors, Duration.ofNanos(now - start)));
                }
            }
        }

        Summary summary() {
            return new Summary(lines, lines - errors, errors, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Progress so far.
     *
     * @param lines   lines written so far
     * @param errors  error records among them
     * @param elapsed time since the batch started
     */
    public record Progress(long lines, long errors, Duration elapsed) {
        /**
         * Lines per second so far.
         *
         * @return lines per second
         */
        public double rate() {
            return BatchAssessor.rate(lines, elapsed);
        }
    }

    /**
     * The outcome of a batch.
     *
     * @param lines   input lines, which is also output lines
     * @param ok      lines assessed
     * @param errors  error records written
     * @param elapsed wall time of the batch
     */
    public record Summary(long lines, long ok, long errors, Duration elapsed) {
        /**
         * Lines per second.
         *
         * @return lines per second
         */
        public double rate() {
            return BatchAssessor.rate(lines, elapsed);
        }
    }

    private static double rate(long lines, Duration elapsed) {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : lines * 1e9 / nanos;
    }
}
