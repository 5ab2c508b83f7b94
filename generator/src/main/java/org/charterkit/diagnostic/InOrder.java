package org.charterkit.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Does the same work on each of several items at once, on a fixed pool of threads, and gathers what it gives
 * and what it finds in the items' order: the results, and the diagnostics added in that order, are the same
 * whichever piece of work finished first, and the same as doing the items one by one. Each piece of work gets
 * its own {@link Diagnostics}, which is not shared between threads.
 */
public final class InOrder {

    private InOrder() {
    }

    /** As many threads as the machine has processors: the stages that use this are all computation. */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The result of {@code work} on each item, in the items' order; what each piece of work found is added to
     * {@code out} in the same order. With one thread, or one item, the work is done on the calling thread.
     * A failure inside the work (a {@link Fault}, an error) is thrown here as it was thrown there, the first
     * item's first.
     */
    public static <T, R> List<R> map(List<T> items, int threads, BiFunction<T, Diagnostics, R> work,
            Diagnostics out) {
        List<R> results = new ArrayList<>(items.size());
        int used = Math.max(1, Math.min(threads, items.size()));
        if (used == 1) {
            for (T item : items) {
                Diagnostics found = new Diagnostics();
                results.add(work.apply(item, found));
                out.addAll(found);
            }
            return results;
        }
        record Done<R>(R result, Diagnostics found) {
        }
        ExecutorService pool = Executors.newFixedThreadPool(used, task -> {
            Thread thread = new Thread(task, "charterkit-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Done<R>>> jobs = new ArrayList<>(items.size());
            for (T item : items) {
                jobs.add(pool.submit(() -> {
                    Diagnostics found = new Diagnostics();
                    return new Done<>(work.apply(item, found), found);
                }));
            }
            for (Future<Done<R>> job : jobs) {
                Done<R> done = job.get();
                results.add(done.result());
                out.addAll(done.found());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading or checking the areas", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
