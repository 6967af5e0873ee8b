package jp.wardhub.community;

import static jp.wardhub.community.ProjectSteps.chuoProject;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Public projects are for the city's web site: readable without a token, without staff names, applications or voices. */
@QuarkusTest
class PublicProjectsTest {

    @Test
    void withoutATokenOnlyPublicProjectsAreListed() {
        long shown = chuoProject("公開の確認", "PUBLIC");
        long hidden = chuoProject("庁内限りの確認", "INTERNAL");
        for (String who : new String[] { null, "partner", "chuo-floor", "kita" }) {
            as(who).get("/api/v1/community/projects?size=100&q=の確認").then().statusCode(200)
                    .body("items.visibility", everyItem(equalTo("PUBLIC")))
                    .body("items.id", hasItem((int) shown)).body("items.id", not(hasItem((int) hidden)));
        }
        for (String who : List.of("chuo", "chuo-liaison", "hq", "admin")) {
            as(who).get("/api/v1/community/projects?size=100&q=庁内限りの確認").then().statusCode(200)
                    .body("items.id", hasItem((int) hidden));
        }
    }

    @Test
    void anInternalProjectIsNotFoundForThoseWhoMayNotSeeIt() {
        long hidden = chuoProject("見えない事業", "INTERNAL");
        for (String who : new String[] { null, "partner", "kita", "kita-liaison", "chuo-floor" }) {
            as(who).get("/api/v1/community/projects/" + hidden).then().statusCode(404);
        }
        as("chuo-liaison").get("/api/v1/community/projects/" + hidden).then().statusCode(200);
    }

    @Test
    void thePublicViewLeavesOutStaffApplicationsAndVoices() {
        long id = chuoProject("公開の中身", "PUBLIC");
        as(null).get("/api/v1/community/projects/" + id).then().statusCode(200)
                .body("liaisons", hasSize(0)).body("applications", hasSize(0)).body("voices", hasSize(0))
                .body("editable", equalTo(false)).body("actions", hasSize(0));
        as("chuo").get("/api/v1/community/projects/" + id).then().statusCode(200).body("liaisons", hasSize(1));
    }

    @Test
    void theDemoDataHasPublicProjectsForTheWebSite() {
        as(null).get("/api/v1/community/projects?status=ACTIVE&visibility=PUBLIC").then().statusCode(200)
                .body("items.title", hasItem("慶徳校区 通学路の見守りと花いっぱい運動（サンプル）"));
    }

    @Test
    void statisticsAndExportAreForStaff() {
        as(null).get("/api/v1/community/projects/stats").then().statusCode(401);
        as("partner").get("/api/v1/community/projects/stats").then().statusCode(403);
        as("partner").get("/api/v1/community/projects/export.csv").then().statusCode(403);
    }
}
