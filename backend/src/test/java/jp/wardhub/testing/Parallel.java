package jp.wardhub.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.restassured.response.Response;

/**
 * Fires the same kind of request from many threads at once: every thread waits at a start gate, so the requests
 * reach the service together. Returns the responses in the order of the threads.
 */
public final class Parallel {

    private Parallel() {
    }

    public static List<Response> run(int threads, IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(n);
                }));
            }
            ready.await(60, TimeUnit.SECONDS);
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(300, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Status code → how many responses had it, in order: {@code {200=1, 412=19}}. */
    public static Map<Integer, Integer> statuses(List<Response> responses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
        return counts;
    }
}
