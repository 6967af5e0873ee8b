package jp.wardhub.platform.list;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Counts kept on write (集計表): a table whose rows are keyed by what they count under, each with its number. Written
 * in the caller's transaction as MariaDB, MySQL and H2 in MariaDB mode all read it: the row is inserted the first time
 * and added to after, so concurrent writes meet on the row's lock (or, on Galera, fail certification and are retried)
 * rather than on a read before the write.
 */
public final class CountRows {

    private CountRows() {
    }

    /** Adds {@code change} (negative to take away) to {@code counted} in the row of {@code table} that {@code key} names. */
    public static void add(String table, Map<String, ?> key, String counted, long change) {
        String columns = String.join(", ", key.keySet());
        String values = key.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        Query query = Panache.getEntityManager().createNativeQuery("insert into " + table + " (" + columns + ", "
                + counted + ") values (" + values + ", :change) on duplicate key update " + counted + " = " + counted
                + " + :change");
        key.forEach(query::setParameter);
        query.setParameter("change", change).executeUpdate();
    }
}
