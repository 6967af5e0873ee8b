package jp.wardhub.queue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two packaged instances on one MariaDB and one Redis, as a city runs WardHub behind a load balancer. Runs after
 * {@code package} (the verify phase, beside {@code ProductionArtifactIT}): a ticket issued on one instance reaches a
 * board connected to the other, tickets issued on both at once are numbered without a gap or a repeat, and a write on
 * one instance shows in statistics and in the counter catalogue that the other had already cached.
 *
 * <p>The heartbeat that re-reads events and the caches' expire-after-write are set to an hour here, so only the Redis
 * channels can carry a change from one instance to the other. Both instances start their clocks on a weekday morning,
 * when the office issues tickets.
 */
class TwoInstancesIT {

    private static final String DATABASE = "wardhub_two_instances";
    private static final String USER = System.getenv().getOrDefault("WARDHUB_TEST_DB_USER", "wardhub");
    private static final String PASSWORD = System.getenv().getOrDefault("WARDHUB_TEST_DB_PASSWORD", "wardhub");
    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    /** Starting and stopping may be slow on a loaded machine; a bound against a hang, not a timing. */
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);
    /** How long a change may take to reach the other instance on a loaded machine: a bound, not a timing. */
    private static final Duration CHANGE_PATIENCE = Duration.ofSeconds(60);
    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Path LOGS = Path.of("target", "two-instances").toAbsolutePath();

    private static final String ADMIN = "first-admin";
    private static final String ADMIN_PASSWORD = "first-admin-password-1";

    private static Instance first;
    private static Instance second;
    private static String adminToken;
    private static String floorToken;
    private static String kioskSecret;

    /** One running packaged application. */
    private record Instance(String name, Process process, int port, int managementPort) {

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        RequestSpecification as(String token) {
            RequestSpecification spec = given().baseUri("http://127.0.0.1").port(port);
            return token == null ? spec : spec.auth().oauth2(token);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Files.createDirectories(LOGS);
        // one after the other: the first creates the schema, the second finds it migrated
        first = launch("first");
        second = launch("second");
        // set up as a new deployment is: the bootstrapped administrator registers a floor manager and a kiosk
        adminToken = signIn(first, ADMIN, ADMIN_PASSWORD);
        first.as(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", "chuo-floor-two", "displayName", "中央 床子", "role", "FLOOR", "wardCode",
                        "431010", "active", true, "password", "floor-password-1"))
                .post("/api/v1/staff").then().statusCode(201);
        floorToken = signIn(second, "chuo-floor-two", "floor-password-1");
        kioskSecret = first.as(adminToken).contentType(ContentType.JSON)
                .body(Map.of("clientId", "chuo-kiosk-two", "name", "中央区役所 発券機", "scopes", List.of("queue:issue"),
                        "officeId", chuoOffice(first)))
                .post("/api/v1/partner-clients").then().statusCode(201).extract().path("clientSecret");
    }

    @AfterAll
    static void stop() throws InterruptedException, SQLException {
        for (Instance i : new Instance[] { first, second }) {
            if (i != null) {
                i.process().destroy();
                if (!i.process().waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    i.process().destroyForcibly();
                }
            }
        }
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void aTicketIssuedOnOneInstanceReachesABoardOnTheOther() throws Exception {
        long chuo = chuoOffice(first);
        long lane = lane(first, chuo, "C");
        try (EventStream board = EventStream.open(second.baseUrl(), chuo, null)) {
            board.next(); // the board as it is on connecting
            String label = first.as(floorToken).contentType(ContentType.JSON)
                    .body(Map.of("laneId", lane)).post("/api/v1/offices/" + chuo + "/tickets")
                    .then().statusCode(201).extract().path("label");
            EventStream.Event issued = board.nextOf("ISSUED", label);
            assertThat(issued.data().getInt("board.waiting") > 0, is(true));
        }
    }

    @Test
    void ticketsIssuedOnBothInstancesAtOnceAreNumberedWithoutAGapOrARepeat() throws Exception {
        long chuo = chuoOffice(first);
        long lane = lane(first, chuo, "G");
        String[] tokens = { floorToken, kioskToken(second) };
        int perInstance = 15;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<String>> issues = new ArrayList<>();
            IntStream.range(0, perInstance * 2).forEach(n -> issues.add(() -> {
                Instance on = n % 2 == 0 ? first : second;
                return on.as(tokens[n % 2]).contentType(ContentType.JSON).body(Map.of("laneId", lane))
                        .post("/api/v1/offices/" + chuo + "/tickets").then().statusCode(201).extract()
                        .path("label");
            }));
            List<String> labels = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(issues)) {
                labels.add(f.get());
            }
            List<String> expected = IntStream.rangeClosed(1, perInstance * 2)
                    .mapToObj(n -> "G-%03d".formatted(n)).toList();
            assertThat(labels.stream().sorted().toList(), contains(expected.toArray()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVoiceTakenInOnOneInstanceCountsAtOnceInTheOthersStatisticsAndList() throws InterruptedException {
        int before = voicesByChannel(second); // the other instance now has the count cached
        int newestBefore = newestVoice(second); // and the first page of its list
        int id = first.as(adminToken).contentType(ContentType.JSON).body("""
                {"channel":"WEB_FORM","type":"PROPOSAL","categories":["parks"],"wardCode":"431028",
                 "text":"二つのインスタンスの試験: 公園の照明が暗い"}""").post("/api/v1/voices").then().statusCode(201)
                .extract().path("id");
        assertThat(eventually(() -> voicesByChannel(second), count -> count == before + 1), is(before + 1));
        assertThat(newestBefore, is(not(id)));
        assertThat(eventually(() -> newestVoice(second), newest -> newest == id), is(id));
    }

    /** The id of the voice at the top of the administrator's list (received today, so the newest); -1 for none. */
    private static int newestVoice(Instance on) {
        Integer id = on.as(adminToken).get("/api/v1/voices?size=1").then().statusCode(200).extract()
                .path("items[0].id");
        return id == null ? -1 : id;
    }

    @Test
    void aProcedureAddedOnOneInstanceIsInTheOthersCatalogueAtOnce() throws InterruptedException {
        String code = "two-instances-cert";
        // the other instance now has the catalogue snapshot in which the procedure does not exist
        second.as(null).get("/api/v1/procedures/" + code).then().statusCode(404);
        first.as(adminToken).contentType(ContentType.JSON).body("""
                {"code":"%s","categoryCode":"registry","nameJa":"二重化試験証明書","nameKana":"にじゅうかしけんしょうめいしょ",
                 "nameEn":"Two instances certificate","description":"試験用の手続き（サンプル）","feeYen":300,
                 "ownerSectionCode":"ward-administration","status":"ACTIVE"}""".formatted(code))
                .post("/api/v1/procedures").then().statusCode(201);
        assertThat(eventually(() -> second.as(null).get("/api/v1/procedures/" + code).statusCode(),
                status -> status == 200), is(200));
        second.as(null).get("/api/v1/procedures/" + code).then().statusCode(200).body("nameJa", is("二重化試験証明書"));
    }

    @Test
    void aStoppingInstanceReportsNotReadyWhileStillServingThenStops() throws Exception {
        // a delay longer than the checks can take on a loaded machine (production waits 5 s)
        Instance third = launch("third", "-Dquarkus.shutdown.delay=30S");
        try {
            third.process().destroy(); // SIGTERM, as a rolling update sends it
            int readiness = eventually(() -> given().baseUri("http://127.0.0.1").port(third.managementPort())
                    .get("/q/health/ready").statusCode(), status -> status == 503);
            assertThat("a balancer probing readiness stops sending requests", readiness, is(503));
            third.as(null).get("/api/v1/queue").then().statusCode(200);
            assertThat("stopped after the delay", third.process().waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS),
                    is(true));
        } finally {
            third.process().destroyForcibly();
        }
    }

    /** All voices the administrator sees, counted through the statistics by channel. */
    private static int voicesByChannel(Instance on) {
        return on.as(adminToken).queryParam("groupBy", "channel").get("/api/v1/voices/stats").then().statusCode(200)
                .extract().path("total");
    }

    /** Reads until the answer is the expected one or the patience is spent; the last answer either way. */
    private static <T> T eventually(Callable<T> read, Predicate<T> expected) throws InterruptedException {
        Instant giveUp = Instant.now().plus(CHANGE_PATIENCE);
        while (true) {
            T answer;
            try {
                answer = read.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            if (expected.test(answer) || Instant.now().isAfter(giveUp)) {
                return answer;
            }
            Thread.sleep(100);
        }
    }

    /** Starts an instance and returns once it answers; {@code settings} are further {@code -D} options. */
    private static Instance launch(String name, String... settings) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        Path keys = Path.of("src", "demo", "resources", "demo").toAbsolutePath();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.management.port=" + managementPort,
                        "-Dquarkus.datasource.jdbc.url=" + SERVER + DATABASE,
                        "-Dquarkus.datasource.username=" + USER,
                        "-Dquarkus.datasource.password=" + PASSWORD,
                        "-Dsmallrye.jwt.sign.key.location=" + keys.resolve("privateKey.pem"),
                        "-Dmp.jwt.verify.publickey.location=" + keys.resolve("publicKey.pem"),
                        "-Dwardhub.bootstrap.admin-username=" + ADMIN,
                        "-Dwardhub.bootstrap.admin-password=" + ADMIN_PASSWORD,
                        "-Dwardhub.queue.channel=redis",
                        "-Dquarkus.redis.hosts=redis://127.0.0.1:6379",
                        "-Dwardhub.queue.heartbeat=1h",
                        "-Dquarkus.cache.caffeine.expire-after-write=PT1H",
                        // a Tuesday, 10:00 in Tokyo
                        "-Dwardhub.clock.start-at=2027-02-02T10:00:00+09:00"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", APP.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile()).start();
        Instance instance = new Instance(name, process, port, managementPort);
        Instant giveUp = Instant.now().plus(START_PATIENCE);
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " instance stopped; see " + LOGS.resolve(name + ".log"));
            }
            try {
                if (instance.as(null).get("/api/v1/queue").statusCode() == 200) {
                    return instance;
                }
            } catch (Exception notYet) {
                // not listening yet (rest-assured rethrows the refused connection without declaring it)
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(name + " instance not ready; see " + LOGS.resolve(name + ".log"));
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Signs in, changing the password first when the account must (as a new account must). */
    private static String signIn(Instance on, String username, String password) {
        var login = on.as(null).contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().jsonPath();
        if (!login.getBoolean("user.passwordChangeRequired")) {
            return login.getString("accessToken");
        }
        return on.as(login.getString("accessToken")).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", password, "newPassword", password + "-changed"))
                .post("/api/v1/me/password").then().statusCode(200).extract().path("accessToken");
    }

    private static String kioskToken(Instance on) {
        return on.as(null).contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "chuo-kiosk-two").formParam("client_secret", kioskSecret)
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private static long chuoOffice(Instance on) {
        List<Map<String, Object>> boards = on.as(null).get("/api/v1/queue").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return boards.stream().filter(b -> "中央区役所".equals(b.get("nameJa")))
                .map(b -> ((Number) b.get("officeId")).longValue()).findFirst().orElseThrow();
    }

    private static long lane(Instance on, long office, String letter) {
        List<Map<String, Object>> lanes = on.as(null).get("/api/v1/offices/" + office + "/floor").then()
                .statusCode(200).extract().jsonPath().getList("lanes");
        return lanes.stream().filter(l -> letter.equals(l.get("letter")))
                .map(l -> ((Number) l.get("id")).longValue()).findFirst().orElseThrow();
    }
}
