import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The raw limit of an endpoint: the statements it sends to the database, captured from MariaDB's general log, replayed
 * through plain JDBC by THREADS connections for SECONDS (after a 10 s warm-up), each connection running the whole set
 * in turn and reading every row. Prints the sets per second. Run by raw-limit.sh.
 * Usage: java -cp mariadb-java-client.jar RawReplay.java URL USER PASSWORD THREADS SECONDS STATEMENTS_FILE
 */
public class RawReplay {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        int threads = Integer.parseInt(args[3]), seconds = Integer.parseInt(args[4]);
        List<String> statements = Arrays.stream(Files.readString(Path.of(args[5])).split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        LongAdder sets = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean(), running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        Statement statement = connection.createStatement()) {
                    while (running.get()) {
                        for (String sql : statements) {
                            try (ResultSet rows = statement.executeQuery(sql)) {
                                int columns = rows.getMetaData().getColumnCount();
                                while (rows.next()) {
                                    for (int c = 1; c <= columns; c++) {
                                        rows.getObject(c);
                                    }
                                }
                            }
                        }
                        if (counting.get()) {
                            sets.increment();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        Thread.sleep(10_000);
        counting.set(true);
        Thread.sleep(seconds * 1000L);
        counting.set(false);
        long done = sets.sum();
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%d statements per set, %d connections: %.0f sets/s%n", statements.size(), threads,
                done / (double) seconds);
    }
}
