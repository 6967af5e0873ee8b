package jp.wardhub.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Compose file and the nginx settings a city deploys with agree with each other and with the app: the {@code ha}
 * profile's nginx sends to exactly its replicas, the replicas share Redis and believe forwarded addresses from nginx
 * alone, they write through the profile's Galera nodes, which form one cluster, and Docker waits for the app's own
 * graceful shutdown. (Nothing here runs Docker: the files are read as Compose and nginx would read them; the nodes'
 * script itself runs in CI, {@code backend/src/bench/galera.sh}.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        // SnakeYAML resolves the file's anchors and merge keys (<<) as Compose does
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> profiles(Map<String, Object> service) {
        return (List<String>) service.getOrDefault("profiles", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    /** The services of a profile whose {@code build} setting passes the test, by name. */
    private static List<String> builtFrom(String profile, Predicate<Object> build) throws IOException {
        return services().entrySet().stream()
                .filter(s -> build.test(s.getValue().get("build")) && profiles(s.getValue()).contains(profile))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The WardHub containers of a profile: those built from the backend's Dockerfile. */
    private static List<String> apps(String profile) throws IOException {
        return builtFrom(profile,
                build -> build instanceof Map<?, ?> b && "backend/Dockerfile".equals(b.get("dockerfile")));
    }

    /** The Galera nodes of a profile: those built from deploy/galera. */
    private static List<String> galeraNodes(String profile) throws IOException {
        return builtFrom(profile, "deploy/galera"::equals);
    }

    @Test
    void nginxSendsToExactlyTheReplicasOfTheHaProfile() throws IOException {
        String nginx = Files.readString(ROOT.resolve("deploy/nginx/wardhub.conf"));
        Matcher servers = Pattern.compile("(?m)^\\s*server ([\\w-]+):8080;").matcher(nginx);
        List<String> upstream = servers.results().map(m -> m.group(1)).toList();
        assertThat(upstream, containsInAnyOrder(apps("ha").toArray()));
        assertThat(apps("ha").size(), is(2));
        assertThat(nginx.contains("listen 8080;"), is(true));
    }

    @Test
    void replicasShareRedisAndBelieveForwardedAddressesFromNginxAlone() throws IOException {
        Map<String, Object> balancer = services().get("balancer");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> networks = (Map<String, Map<String, Object>>) balancer.get("networks");
        String balancerAddress = (String) networks.get("default").get("ipv4_address");
        for (String app : apps("ha")) {
            Map<String, Object> env = environment(services().get(app));
            assertThat(app, env.get("WARDHUB_QUEUE_CHANNEL"), is("redis"));
            assertThat(app, env.get("QUARKUS_REDIS_HOSTS"), is("redis://redis:6379"));
            assertThat(app, env.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), is("true"));
            assertThat(app, env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"), is(balancerAddress));
        }
        // one instance alone, reached directly: no forwarding, no Redis
        Map<String, Object> single = environment(services().get("backend"));
        assertThat(single.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), is("false"));
        assertThat(single.containsKey("WARDHUB_QUEUE_CHANNEL"), is(false));
    }

    @Test
    void dockerWaitsForTheAppsOwnShutdown() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            settings.load(in);
        }
        Duration shutdown = Duration.parse("PT" + settings.getProperty("%prod.quarkus.shutdown.delay"))
                .plus(Duration.parse("PT" + settings.getProperty("%prod.quarkus.shutdown.timeout")));
        for (String app : List.of("backend", "app-1", "app-2")) {
            String grace = (String) services().get(app).get("stop_grace_period");
            assertThat(app, Duration.parse("PT" + grace.toUpperCase()), greaterThanOrEqualTo(shutdown.plusSeconds(1)));
        }
    }

    @Test
    void haReplicasWriteThroughOneClusterOfThreeGaleraNodes() throws IOException {
        List<String> nodes = galeraNodes("ha");
        assertThat(nodes, is(List.of("galera-1", "galera-2", "galera-3")));
        String url = "jdbc:mariadb:sequential://" + String.join(",", nodes.stream().map(n -> n + ":3306").toList())
                + "/wardhub";
        Map<String, Map<String, Object>> services = services();
        for (String app : apps("ha")) {
            assertThat(app, environment(services.get(app)).get("QUARKUS_DATASOURCE_JDBC_URL"), is(url));
        }
        List<Object> seeds = nodes.stream().map(n -> environment(services.get(n)).get("GALERA_SEED"))
                .filter("yes"::equals).toList();
        assertThat("exactly one node starts the cluster", seeds.size(), is(1));
        for (String node : nodes) {
            Map<String, Object> env = environment(services.get(node));
            assertThat(node, env.get("GALERA_NODE_NAME"), is(node));
            assertThat(node, env.get("GALERA_CLUSTER"), is(String.join(",", nodes)));
            // each node numbers new rows in its own residue class: 1..3, once each
            assertThat(node, env.get("GALERA_NODE_INDEX"), is(node.substring("galera-".length())));
        }
        assertThat("the single server is not part of ha", profiles(services.get("db")), is(List.of("single")));
        String image = Files.readString(ROOT.resolve("deploy/galera/Dockerfile"));
        assertThat(image.contains("COPY galera-node.sh") && image.contains("ENTRYPOINT [\"galera-node.sh\", \"run\"]"),
                is(true));
        assertThat(Files.readString(Path.of("src/bench/galera.sh")).contains("deploy/galera/galera-node.sh"), is(true));
    }
}
