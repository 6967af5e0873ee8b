package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** 職員の表示名: screens show a colleague's name and place where the records keep a login id. */
@QuarkusTest
class StaffNamesTest {

    private static final String PATH = "/api/v1/staff/names";

    @ParameterizedTest
    @ValueSource(strings = { "admin", "hq", "chuo", "chuo-floor", "chuo-liaison" })
    void everyStaffRoleReadsColleaguesNames(String who) {
        as(who).queryParam("username", "chuo", "hq").get(PATH).then().statusCode(200)
                .body("username", contains("chuo", "hq"))
                .body("find { it.username == 'chuo' }.displayName", equalTo("中央 花子"))
                .body("find { it.username == 'chuo' }.wardCode", equalTo("431010"))
                .body("find { it.username == 'hq' }.bureauCode", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void idsThatAreNoAccountAreLeftOutAndRepeatsCountOnce() {
        as("chuo").queryParam("username", "chuo", "chuo", "system", " ", "partner:city-web").get(PATH).then()
                .statusCode(200).body("$", hasSize(1)).body("[0].username", equalTo("chuo"));
        as("chuo").get(PATH).then().statusCode(200).body("$", empty());
    }

    @Test
    void partnersAndThePublicSeeNoNames() {
        as("partner").queryParam("username", "chuo").get(PATH).then().statusCode(403);
        given().queryParam("username", "chuo").get(PATH).then().statusCode(401);
    }

    @Test
    void atMostOneHundredAtOnce() {
        Object[] many = IntStream.rangeClosed(0, StaffService.MAX_NAMES).mapToObj(i -> "user" + i).toArray();
        as("chuo").queryParam("username", many).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("username")).body("errors[0].rule", equalTo("Size"))
                .body("detail", containsString("100"));
    }
}
