package jp.wardhub.testing;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** {@link Seeded} finds each seeded record by its natural key, and says so when there is none. */
@QuarkusTest
class SeededTest {

    @Test
    void anOfficeByItsName() {
        given().get("/api/v1/offices/" + Seeded.office("北区役所")).then().statusCode(200).body("nameJa", equalTo("北区役所"));
        assertEquals("office:" + Seeded.office("中央区役所"), Seeded.officePlace("中央区役所"));
        // a name that is part of another's (清水総合出張所, 清水まちづくりセンター) is not enough
        assertThrows(IllegalStateException.class, () -> Seeded.office("清水"));
    }

    @Test
    void aStaffAccountByItsUsername() {
        as("admin").get("/api/v1/staff/" + Seeded.staff("kita")).then().statusCode(200).body("username",
                equalTo("kita"));
        assertThrows(IllegalStateException.class, () -> Seeded.staff("no-such-account"));
    }

    @Test
    void aProgrammeByItsName() {
        as("admin").get("/api/v1/community/programs/" + Seeded.program("北区校区元気づくり補助金（サンプル）")).then().statusCode(200)
                .body("wardCode", equalTo("431052"));
    }
}
