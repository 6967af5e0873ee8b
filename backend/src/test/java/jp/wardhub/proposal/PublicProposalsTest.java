package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.addMilestone;
import static jp.wardhub.proposal.ProposalSteps.etag;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.publishedAnswer;
import static jp.wardhub.proposal.ProposalSteps.step;
import static jp.wardhub.proposal.ProposalSteps.submitted;
import static jp.wardhub.proposal.ProposalSteps.submittedBy;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * 区提案の結果: without a sign-in, anyone reads the proposals with a published bureau answer, with only the published
 * answers, the milestones and the progress; as a list, one proposal, CSV, JSON and entries of the Atom feed.
 */
@SendsInvalidRequests
@QuarkusTest
class PublicProposalsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String marker() {
        StringBuilder s = new StringBuilder("kp");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    /** Health and Welfare answers and approves, with reasons of its own, but does not publish. */
    private static void unpublishedAnswer(long id, String reasons) {
        as("hq-kokuho").header("If-Match", ProposalSteps.answerETag("hq-kokuho", id, "health-welfare"))
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"NOT_ADOPTED\",\"reasons\":\"" + reasons + "\",\"timing\":\"未定\"}")
                .post("/api/v1/proposals/" + id + "/answers").then().statusCode(200);
        step("admin", id, "health-welfare", "approve").then().statusCode(200);
    }

    @Test
    void aPageAskedAgainShowsAPublishedAnswerAtOnceToStaffAndResidents() {
        String m = marker();
        long id = submitted(m + " 再表示", "policy");
        as("hq").get("/api/v1/proposals?q=" + m).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].bureaus[0].publication", equalTo("UNANSWERED"));
        as(null).get("/api/v1/public/proposals?q=" + m).then().statusCode(200).body("total", equalTo(0));
        publishedAnswer(id, "policy", "ADOPTED");
        as("hq").get("/api/v1/proposals?q=" + m).then().statusCode(200)
                .body("items[0].bureaus[0].publication", equalTo("PUBLISHED"));
        as(null).get("/api/v1/public/proposals?q=" + m).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].decisions[0].decision", equalTo("ADOPTED"));
    }

    @Test
    void onlyProposalsWithAPublishedAnswerAppearWithOnlyThePublishedAnswers() {
        String m = marker();
        ProposalSteps.draft("chuo", proposal(m + " 起案中"));
        submitted(m + " 回答待ち", "policy");
        long partly = submitted(m + " 一部の局が公開", "policy", "health-welfare");
        publishedAnswer(partly, "policy", "PARTIALLY_ADOPTED");
        unpublishedAnswer(partly, "未公開の理由" + m);
        long adopted = ProposalSteps.adoptedByPolicy(m + " 採用");
        addMilestone("hq", adopted, "危険箇所の合同点検" + m);
        as("hq").header("If-Match", etag("hq", adopted)).contentType(ContentType.JSON).body("{\"percent\":40}")
                .put("/api/v1/proposals/" + adopted + "/progress").then().statusCode(200);
        long withdrawn = submitted(m + " 取下げ", "policy", "health-welfare");
        publishedAnswer(withdrawn, "policy", "ADOPTED");
        as("chuo").header("If-Match", etag("chuo", withdrawn)).post("/api/v1/proposals/" + withdrawn + "/withdraw")
                .then().statusCode(200);

        String list = as(null).get("/api/v1/public/proposals?q=" + m).then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder((int) partly, (int) adopted))
                .body("items.find { it.id == " + partly + " }.decisions.bureau.code", contains("policy"))
                .body("items.find { it.id == " + partly + " }.decisions.decision", contains("PARTIALLY_ADOPTED"))
                .body("items.find { it.id == " + partly + " }.bureausAddressed", equalTo(2))
                .extract().asString();
        String one = as(null).get("/api/v1/public/proposals/" + partly).then().statusCode(200)
                .body("title", equalTo(m + " 一部の局が公開")).body("ward.code", equalTo("431010"))
                .body("answers", hasSize(1)).body("answers[0].bureau.code", equalTo("policy"))
                .body("answers[0].decision", equalTo("PARTIALLY_ADOPTED"))
                .body("answers[0].reasons", equalTo("地元と協議のうえ対応する（試験）"))
                .body("answers[0].keySet()",
                        containsInAnyOrder("bureau", "decision", "reasons", "costYen", "timing", "publishedAt"))
                .extract().asString();
        String progress = as(null).get("/api/v1/public/proposals/" + adopted).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("progressPercent", equalTo(40))
                .body("milestones.title", contains("危険箇所の合同点検" + m)).body("milestones[0].keySet()",
                        containsInAnyOrder("title", "dueOn", "done"))
                .extract().asString();
        String dataset = as(null).get("/api/v1/public/proposals.json?q=" + m).then().statusCode(200)
                .body("license", equalTo("CC BY 4.0")).body("items", hasSize(2)).extract().asString();
        String csv = csv("/api/v1/public/proposals.csv?q=" + m);
        assertEquals(3, csv.split("\r\n").length, "a header and one row per published answer: " + csv);
        String feed = as(null).get("/api/v1/public/feed.atom").then().statusCode(200).extract().asString();
        for (String out : List.of(list, one, progress, dataset, csv)) {
            for (String secret : List.of("未公開の理由" + m, "V-2026-000123", "ヒヤリハット報告", "\"hq\"", "\"hq-seisaku\"",
                    "\"hq-kokuho\"", "\"chuo\"", "createdBy", "answeredBy", "approvedBy", "publishedBy", "timeline")) {
                assertFalse(out.contains(secret), secret + " leaked into " + out);
            }
        }
        assertFalse(list.contains("未定") || one.contains("未定"), "the unpublished answer's timing");
        assertFalse(feed.contains("未公開の理由" + m), feed);
        for (long hidden : new long[] { withdrawn, 99_999_999L }) {
            as(null).get("/api/v1/public/proposals/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        assertTrue(feed.contains(":proposal:" + partly + ":answer:policy"));
        assertFalse(feed.contains(":proposal:" + partly + ":answer:health-welfare"));
        assertFalse(feed.contains(":proposal:" + withdrawn + ":"));
    }

    @Test
    void filtersByWardKindFiscalYearAndTextIgnoringWidthAndKana() {
        String m = marker();
        long chuo = submittedBy("chuo", proposal(m + " ツウガクロの安全", "POLICY", 2025), "policy");
        publishedAnswer(chuo, "policy", "ADOPTED");
        long kita = submittedBy("kita", proposal(m + " 公園の再整備", "BUDGET_REQUEST", 2026), "policy");
        publishedAnswer(kita, "policy", "FURTHER_STUDY");
        String q = "/api/v1/public/proposals?q=" + m;
        as(null).get(q + "&ward=431052").then().statusCode(200).body("items.id", contains((int) kita));
        as(null).get(q + "&kind=POLICY").then().statusCode(200).body("items.id", contains((int) chuo));
        as(null).get(q + "&year=2026").then().statusCode(200).body("items.id", contains((int) kita));
        as(null).get(q + "&year=2024").then().statusCode(200).body("total", equalTo(0));
        as(null).get(q).then().statusCode(200).body("items.id", contains((int) kita, (int) chuo)); // newest year first
        for (String text : List.of(m + " つうがくろ", m.toUpperCase() + "　ﾂｳｶﾞｸﾛ")) {
            as(null).queryParam("q", text).get("/api/v1/public/proposals").then().statusCode(200)
                    .body("items.id", contains((int) chuo));
        }
    }

    @ParameterizedTest
    @CsvSource({ "ward=999999, ward", "kind=LAW, kind", "year=abc, year", "year=1999, year", "page=-1, page",
        "size=101, size", "page=21474837&size=100, page" })
    void aBadFilterIsA400NamingIt(String query, String field) {
        as(null).get("/api/v1/public/proposals?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        if (!field.equals("page") && !field.equals("size")) {
            as(null).get("/api/v1/public/proposals.csv?" + query).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
            as(null).get("/api/v1/public/proposals.json?" + query).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        as(null).queryParam("q", "x".repeat(101)).get("/api/v1/public/proposals").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void theCsvIsUtf8WithBomAndNeutralisesFormulas() {
        String m = marker();
        long id = submitted("=HYPERLINK(1) " + m, "policy");
        publishedAnswer(id, "policy", "ADOPTED");
        String csv = csv("/api/v1/public/proposals.csv?q=" + m);
        assertTrue(csv.startsWith("\uFEFF\"提案番号\",\"年度\",\"区コード\",\"区\",\"種類\",\"件名\""), csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(1) " + m + "\","), csv);
        assertTrue(csv.contains("\"政策局\",\"採用\",\"地元と協議のうえ対応する（試験）\",\"8000000\",\"令和9年度当初予算で対応\""), csv);
    }

    @Test
    void theFeedLinksAPublishedAnswerToItsResultPage() throws Exception {
        String m = marker();
        long id = submitted(m + " フィードの確認", "policy");
        publishedAnswer(id, "policy", "ADOPTED");
        byte[] xml = as(null).get("/api/v1/public/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList entries = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement()
                .getElementsByTagNameNS(ATOM, "entry");
        Element mine = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            if (e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()
                    .endsWith(":proposal:" + id + ":answer:policy")) {
                mine = e;
            }
        }
        assertTrue(mine != null, "the published answer is in the feed");
        assertTrue(mine.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().contains(m));
        assertTrue(((Element) mine.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href")
                .endsWith("/proposal-results/" + id));
        assertTrue(mine.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent().startsWith("採用"));
    }

    private static String csv(String path) {
        return new String(as(null).get(path).then().statusCode(200).contentType("text/csv").extract().asByteArray(),
                StandardCharsets.UTF_8);
    }
}
