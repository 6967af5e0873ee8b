package jp.wardhub.community;

import static jp.wardhub.community.ProjectSteps.chuoProject;
import static jp.wardhub.community.ProjectSteps.move;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Projects per ward and status, and the CSV of the list. */
@QuarkusTest
class ProjectStatsTest {

    private static int count(String who, int ward, String status) {
        return as(who).get("/api/v1/community/projects/stats").then().statusCode(200).extract()
                .path("wards[" + ward + "]." + status);
    }

    @Test
    void aNewProjectCountsInItsWardAndStatus() {
        int ideas = count("admin", 0, "idea");
        int planning = count("admin", 0, "planning");
        long id = chuoProject("集計の確認", "INTERNAL");
        assertEquals(ideas + 1, count("admin", 0, "idea"));
        move("chuo", id, "plan").then().statusCode(200);
        assertEquals(ideas, count("admin", 0, "idea"));
        assertEquals(planning + 1, count("admin", 0, "planning"));
        as("admin").get("/api/v1/community/projects/stats").then()
                .body("wards[0].key", equalTo("431010")).body("wards[0].labelJa", equalTo("中央区"))
                .body("total.key", equalTo("total"));
    }

    @Test
    void anotherWardsInternalProjectsAreNotCountedForWardStaff() {
        int before = count("kita", 0, "idea");
        chuoProject("他区の集計", "INTERNAL");
        assertEquals(before, count("kita", 0, "idea"));
    }

    @Test
    void theCsvListsTheFilteredProjectsWithoutStaffNames() {
        chuoProject("CSV の確認", "PUBLIC");
        String csv = as("chuo").get("/api/v1/community/projects/export.csv?q=CSV の確認").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        assertEquals('\uFEFF', csv.charAt(0));
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("CSV の確認"));
        org.hamcrest.MatcherAssert.assertThat(csv, org.hamcrest.Matchers.not(containsString("chuo-liaison")));
    }
}
