package jp.wardhub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Checks of the counts kept on write (集計表) against the same figures counted from the data again. */
public final class KeptCounts {

    private KeptCounts() {
    }

    /**
     * In a transaction of its own, for each table: the rows its {@code kept} statement selects are those its
     * {@code counted} statement selects, each row one text. Given as triples: table, counted, kept.
     */
    public static void assertKept(String... tableCountedKept) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < tableCountedKept.length; i += 3) {
                assertEquals(select(tableCountedKept[i + 1]), select(tableCountedKept[i + 2]), tableCountedKept[i]);
            }
        });
    }

    /** Rows as sorted lines ("431010|COUNTER|3") whatever their numbers' types; null reads 0, a sum over no rows. */
    public static List<String> lines(List<Object[]> rows) {
        return rows.stream().map(row -> String.join("|", Arrays.stream(row)
                .map(v -> v == null ? "0" : v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v))
                .toList())).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> select(String sql) {
        return new TreeSet<>(Panache.getEntityManager().createNativeQuery(sql).getResultList());
    }
}
