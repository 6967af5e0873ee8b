package jp.wardhub.usage;

import java.util.Arrays;

/**
 * The figures of one group of tickets: counts by outcome, and every wait and service time in whole seconds, sorted,
 * so that percentiles are exact. Immutable; {@link Builder} collects them from ticket rows.
 *
 * <p>Percentiles are nearest-rank: the p-th percentile of n values is the ⌈p·n⌉-th smallest, always a time that was
 * observed (the median of an even count is the lower middle one).
 */
record Figures(long tickets, long served, long noShows, long cancelled, long transferred, int[] waits,
        int[] services, long serviceSeconds) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, new int[0], new int[0], 0);

    /** The figures of both groups together (the days before today, and today read live). */
    Figures plus(Figures o) {
        if (o.tickets == 0 && o.waits.length == 0 && o.services.length == 0) {
            return this;
        }
        if (tickets == 0 && waits.length == 0 && services.length == 0) {
            return o;
        }
        return new Figures(tickets + o.tickets, served + o.served, noShows + o.noShows, cancelled + o.cancelled,
                transferred + o.transferred, merge(waits, o.waits), merge(services, o.services),
                serviceSeconds + o.serviceSeconds);
    }

    Long waitPercentile(int p) {
        return percentile(waits, p);
    }

    Long servicePercentile(int p) {
        return percentile(services, p);
    }

    /** Nearest rank: null when there are no values. */
    static Long percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return (long) sorted[Math.max(rank, 1) - 1];
    }

    private static int[] merge(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }

    /** Collects the figures of one group, one ticket at a time. */
    static final class Builder {
        private long tickets;
        private long served;
        private long noShows;
        private long cancelled;
        private long transferred;
        private int[] waits = new int[16];
        private int waitCount;
        private int[] services = new int[16];
        private int serviceCount;
        private long serviceSeconds;

        /**
         * One ticket: its outcome, its wait in seconds (negative: never called) and its service time in seconds
         * (negative: not served).
         */
        void add(Outcome outcome, int wait, int service) {
            tickets++;
            switch (outcome) {
                case SERVED -> served++;
                case NO_SHOW -> noShows++;
                case CANCELLED -> cancelled++;
                case TRANSFERRED -> transferred++;
                case OPEN -> {
                    // counted as a ticket only, until it ends
                }
            }
            if (wait >= 0) {
                if (waitCount == waits.length) {
                    waits = Arrays.copyOf(waits, waitCount * 2);
                }
                waits[waitCount++] = wait;
            }
            if (service >= 0) {
                if (serviceCount == services.length) {
                    services = Arrays.copyOf(services, serviceCount * 2);
                }
                services[serviceCount++] = service;
                serviceSeconds += service;
            }
        }

        Figures build() {
            int[] w = Arrays.copyOf(waits, waitCount);
            int[] s = Arrays.copyOf(services, serviceCount);
            Arrays.sort(w);
            Arrays.sort(s);
            return new Figures(tickets, served, noShows, cancelled, transferred, w, s, serviceSeconds);
        }
    }

    /** What became of a ticket, as the statistics count it. */
    enum Outcome {
        SERVED, NO_SHOW, CANCELLED, TRANSFERRED, OPEN
    }
}
