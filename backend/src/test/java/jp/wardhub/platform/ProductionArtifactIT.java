package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs after {@code package} (the {@code production-artifact} execution in the verify phase): the packaged application
 * under {@code target/quarkus-app} carries no demo key and no demo SQL, and the Kubernetes manifest written beside it
 * is one a city can apply, and on JDK 25+ the AOT cache beside it holds the application. The demo build
 * ({@code -Dquarkus.profile=demo}) skips it.
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

    /**
     * Two replicas, probed on the management port, with resource requests and the Secrets README "Deploy" names; no
     * migration Job (the app migrates at its own start) and nothing that needs an operator's resource types.
     */
    @Test
    void kubernetesManifestRunsTwoProbedReplicasWithTheirSecrets() throws IOException {
        List<JsonNode> resources = new YAMLMapper().readerFor(JsonNode.class)
                .<JsonNode>readValues(Path.of("target", "kubernetes", "kubernetes.yml").toFile()).readAll();
        assertEquals(List.of("Service", "Deployment"), resources.stream().map(r -> r.path("kind").asText()).toList());
        JsonNode deployment = resources.get(1).path("spec");
        assertEquals(2, deployment.path("replicas").asInt());
        JsonNode pod = deployment.path("template").path("spec");
        JsonNode app = pod.path("containers").get(0);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals(9000, app.path(probe).path("httpGet").path("port").asInt(), probe + " on the management port");
        }
        assertEquals("/q/health/ready", app.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("384Mi", app.path("resources").path("requests").path("memory").asText());
        assertEquals("1Gi", app.path("resources").path("limits").path("memory").asText());
        assertEquals("wardhub", app.path("envFrom").get(0).path("secretRef").path("name").asText());
        assertEquals("wardhub-keys", pod.path("volumes").get(0).path("secret").path("secretName").asText());
        List<String> env = new ArrayList<>();
        app.path("env").forEach(e -> env.add(e.path("name").asText() + "=" + e.path("value").asText()));
        assertTrue(env.contains("WARDHUB_QUEUE_CHANNEL=redis"), "replicas share events and cache drops: " + env);
        assertTrue(env.stream().noneMatch(e -> e.startsWith("QUARKUS_FLYWAY")), "no Flyway switch: " + env);
        assertTrue(pod.path("initContainers").isMissingNode(), "no init container waits for a migration Job");
    }

    /**
     * On JDK 25+ package writes {@code app.aot} (the pom's {@code aot-cache} profile), which the image and the
     * benchmarks start with. The JVM must take it ({@code AOTMode=on} refuses to start otherwise) and find the
     * application's own classes in it, not only the JDK's: a start up to the end of Quarkus' static initialisation
     * (no database needed) loads nearly all of them from the cache.
     */
    @Test
    void theAotCacheHoldsTheApplicationsClasses() throws IOException, InterruptedException {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25+");
        assertTrue(Files.isRegularFile(APP.resolve("app.aot")),
                "package should have written " + APP.resolve("app.aot"));
        Path classLog = Files.createTempFile("aot-classes", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:AOTCache=app.aot", "-XX:AOTMode=on", "-Xlog:class+load=info:file=" + classLog,
                "-Dquarkus.appcds.generate=true", "-jar", "quarkus-run.jar")
                .directory(APP.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the static initialisation did not end");
        assertEquals(0, process.exitValue(), "the JVM refused the AOT cache or the start failed");
        List<String> ours = Files.readAllLines(classLog).stream().filter(l -> l.contains(" jp.wardhub.")).toList();
        long cached = ours.stream().filter(l -> l.endsWith("source: shared objects file")).count();
        Files.delete(classLog);
        assertTrue(ours.size() > 100, "the application's classes should be loaded: " + ours.size());
        assertTrue(cached >= ours.size() * 9 / 10,
                cached + " of " + ours.size() + " application classes from the cache");
    }
}
