package jp.wardhub.proposal;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bureau names are kept in memory; a bureau added or renamed is known and named by its new name at once. */
@QuarkusTest
class BureauNamesTest {

    @Test
    void aBureauAddedOrRenamedIsNamedAtOnceInProposals() {
        long earlier = ProposalSteps.submitted("局名の確認 (名前を覚える)", "policy");
        as("admin").get("/api/v1/proposals/" + earlier).then().statusCode(200)
                .body("answers[0].bureau.nameJa", equalTo("政策局"));

        String code = "names-" + UUID.randomUUID().toString().substring(0, 8);
        String etag = as("admin").contentType(ContentType.JSON).body(bureau(code, "新設局")).post("/api/v1/bureaus")
                .then().statusCode(201).extract().header("ETag");
        long id = ProposalSteps.submitted("局名の確認 (新しい局へ)", code); // refused as an unknown bureau if not known
        as("admin").header("If-Match", etag).contentType(ContentType.JSON).body(bureau(code, "改称局"))
                .put("/api/v1/bureaus/" + code).then().statusCode(200);

        as("admin").get("/api/v1/proposals/" + id).then().statusCode(200)
                .body("answers[0].bureau.nameJa", equalTo("改称局"));
    }

    private static String bureau(String code, String nameJa) {
        return """
                {"code":"%s","nameJa":"%s","nameEn":"Test Bureau","sortOrder":7,"sections":[]}""".formatted(code,
                nameJa);
    }
}
