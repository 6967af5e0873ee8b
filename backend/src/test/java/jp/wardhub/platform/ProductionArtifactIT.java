package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (the {@code production-artifact} execution in the verify phase): the packaged application
 * under {@code target/quarkus-app} carries no demo key and no demo SQL. The demo build ({@code -Dquarkus.profile=demo})
 * skips it.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void packagedJarsHoldNoDemoKeyAndNoDemoSql() throws IOException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "packaged application expected at " + APP);
        List<String> jars = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                jars.add(jar.toString());
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(e -> e.getName())
                            .filter(name -> name.endsWith(".pem") || name.startsWith("db/demo/")
                                    || name.equals("db/demo")
                                    || name.startsWith("demo/"))
                            .forEach(name -> offending.add(jar + "!/" + name));
                }
            }
        }
        try (Stream<Path> files = Files.walk(APP)) {
            files.filter(f -> f.toString().endsWith(".pem") || f.toString().contains("db/demo"))
                    .forEach(f -> offending.add(f.toString()));
        }
        assertTrue(jars.stream().anyMatch(j -> Path.of(j).getParent().endsWith("app")),
                "the application's own jar was not found: " + jars);
        assertEquals(List.of(), offending, "demo keys or demo SQL in the production artifact");
    }
}
