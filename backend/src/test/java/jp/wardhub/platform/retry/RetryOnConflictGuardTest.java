package jp.wardhub.platform.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

/**
 * Every class that begins write transactions retries them on deadlocks ({@link RetryOnConflict}), so a new service
 * cannot forget it; and the retry sits outside the transaction, or it would retry inside a doomed one.
 */
class RetryOnConflictGuardTest {

    /** The transaction interceptor's priority in Quarkus (Narayana JTA). */
    private static final int TRANSACTIONAL_PRIORITY = 200;

    @Test
    void everyClassThatBeginsATransactionRetriesOnConflicts() throws Exception {
        List<Class<?>> beginning = classes().filter(RetryOnConflictGuardTest::beginsTransactions).toList();
        assertTrue(beginning.size() >= 15, "found the services: " + beginning);
        List<String> missing = new ArrayList<>();
        for (Class<?> c : beginning) {
            if (!c.isAnnotationPresent(RetryOnConflict.class)) {
                missing.add(c.getName());
            }
        }
        assertEquals(List.of(), missing, "classes that begin transactions without @RetryOnConflict");
    }

    @Test
    void theRetryIsOutsideTheTransaction() {
        int priority = RetryOnConflictInterceptor.class.getAnnotation(Priority.class).value();
        assertTrue(priority < TRANSACTIONAL_PRIORITY,
                "retry priority " + priority + " must be below " + TRANSACTIONAL_PRIORITY);
    }

    /** A class or a method of it is {@code @Transactional} with REQUIRED (the default) or REQUIRES_NEW. */
    private static boolean beginsTransactions(Class<?> c) {
        if (begins(c.getAnnotation(Transactional.class))) {
            return true;
        }
        for (Method m : c.getDeclaredMethods()) {
            if (begins(m.getAnnotation(Transactional.class))) {
                return true;
            }
        }
        return false;
    }

    private static boolean begins(Transactional tx) {
        return tx != null
                && (tx.value() == Transactional.TxType.REQUIRED || tx.value() == Transactional.TxType.REQUIRES_NEW);
    }

    /** Every compiled class of the application (target/classes), not the tests. */
    private static Stream<Class<?>> classes() throws IOException, URISyntaxException {
        Path root = Path.of(RetryOnConflict.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("jp/wardhub"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                try {
                    found.add(Class.forName(name, false, RetryOnConflictGuardTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // generated or optional classes that do not load outside the application: not services
                }
            }
        }
        return found.stream();
    }
}
