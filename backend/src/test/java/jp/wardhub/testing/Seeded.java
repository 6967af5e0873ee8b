package jp.wardhub.testing;

import static jp.wardhub.testing.Accounts.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;

/**
 * The ids of seeded records (the city's organization and the demo data), found through the API by each record's
 * natural key: an office by its Japanese name (offices have no code), a staff account by its username, a support
 * programme by its name. Tests name the record they mean and never assume the order in which the seed inserted it.
 * <p>
 * An answer is kept for the running application (its port): a restarted application, with its database cleaned and
 * seeded again, is asked again. When tests have since created a record with the same name, the seeded one is the
 * oldest of them, so the lowest id is taken.
 */
public final class Seeded {

    private static final int PAGE = 100;
    private static final Map<String, Long> IDS = new ConcurrentHashMap<>();

    private Seeded() {
    }

    /** An office by its Japanese name, e.g. {@code office("中央区役所")}. */
    public static long office(String nameJa) {
        return IDS.computeIfAbsent(key("office", nameJa), k -> lowest("office " + nameJa,
                as(null).queryParam("q", nameJa).queryParam("size", PAGE).get("/api/v1/offices").then().statusCode(200)
                        .extract().path("items.findAll { it.nameJa == '" + quoted(nameJa) + "' }.id")));
    }

    /** The place key of an office in a procedure's availability, e.g. {@code "office:2"} for {@code "中央区役所"}. */
    public static String officePlace(String nameJa) {
        return "office:" + office(nameJa);
    }

    /** A staff account by its username, e.g. {@code staff("kita")}. */
    public static long staff(String username) {
        return IDS.computeIfAbsent(key("staff", username),
                k -> paged("staff " + username, "/api/v1/staff", "username", username));
    }

    /** A support programme by its name, e.g. {@code program("中央区地域づくり活動補助金（サンプル）")}. */
    public static long program(String name) {
        return IDS.computeIfAbsent(key("program", name),
                k -> paged("program " + name, "/api/v1/community/programs", "name", name));
    }

    private static String key(String kind, String naturalKey) {
        return RestAssured.port + " " + kind + " " + naturalKey;
    }

    /** Reads every page of a list (as the administrator) for the items whose {@code field} equals {@code value}. */
    private static long paged(String what, String list, String field, String value) {
        List<Number> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            var items = as("admin").queryParam("page", page).queryParam("size", PAGE).get(list).then().statusCode(200)
                    .extract().jsonPath();
            ids.addAll(items.getList("items.findAll { it." + field + " == '" + quoted(value) + "' }.id"));
            if (items.getList("items").size() < PAGE) {
                return lowest(what, ids);
            }
        }
    }

    private static long lowest(String what, List<? extends Number> ids) {
        return ids.stream().mapToLong(Number::longValue).min()
                .orElseThrow(() -> new IllegalStateException("no seeded " + what));
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
