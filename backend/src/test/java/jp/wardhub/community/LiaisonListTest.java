package jp.wardhub.community;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The liaison staff a ward's projects can be assigned to, for the staff who assign them. */
@QuarkusTest
class LiaisonListTest {

    @Test
    void wardStaffListTheirOwnWardsLiaisonStaffByDefault() {
        for (String who : new String[] { "chuo", "chuo-liaison" }) {
            as(who).get("/api/v1/community/liaisons").then().statusCode(200)
                    .body("username", hasItem("chuo-liaison")).body("displayName", hasItem("地域 健太"))
                    .body("username", not(hasItem("kita-liaison")));
        }
        as("chuo").get("/api/v1/community/liaisons?ward=431010").then().statusCode(200)
                .body("username", hasItem("chuo-liaison")).body("username", everyItem(not(equalTo("kita-liaison"))));
    }

    @Test
    void headquartersAndAdministratorsNameTheWard() {
        for (String who : new String[] { "admin", "hq" }) {
            as(who).get("/api/v1/community/liaisons?ward=431052").then().statusCode(200)
                    .body("username", hasItem("kita-liaison")).body("username", not(hasItem("chuo-liaison")));
            as(who).get("/api/v1/community/liaisons").then().statusCode(400);
        }
        as("admin").get("/api/v1/community/liaisons?ward=999999").then().statusCode(400);
    }

    @Test
    void othersMayNotList() {
        as("chuo").get("/api/v1/community/liaisons?ward=431052").then().statusCode(403);
        as("chuo-floor").get("/api/v1/community/liaisons").then().statusCode(403);
        as("partner").get("/api/v1/community/liaisons?ward=431010").then().statusCode(403);
        as(null).get("/api/v1/community/liaisons?ward=431010").then().statusCode(401);
    }
}
