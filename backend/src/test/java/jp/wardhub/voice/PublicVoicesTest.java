package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * 区民の声の公表: without a sign-in, anyone reads the voices staff published, as a list, CSV, JSON and an Atom feed;
 * only the published text and the answer, never the original text, the resident, the staff or their notes.
 */
@SendsInvalidRequests
@QuarkusTest
class PublicVoicesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A date no other test's voices use, in fiscal year 2024 (April 2024 to March 2025). */
    private static final LocalDate FY2024 = LocalDate.of(2024, 11, 13);

    /** Letters only, so that neither the search's folding nor the personal-data detector touches it. */
    private static String marker() {
        StringBuilder s = new StringBuilder("kq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String body(String ward, String category, LocalDate received, String text) {
        return """
                {"channel":"PHONE","type":"REQUEST","categories":["%s"],"wardCode":"%s","schoolDistrict":"慶徳校区",
                 "text":"%s","receivedOn":"%s","location":"見本町1-2-3の角",
                 "personalData":{"name":"見本 試験者","address":"熊本市中央区見本町9-9-9","phone":"096-000-9999",
                                 "email":"mihon.shikensha@example.jp","consentToContact":true}}"""
                .formatted(category, ward, text, received);
    }

    /** A voice taken in, triaged, assigned and answered (with notes at every step), not yet decided on. */
    private static long answered(String ward, String category, LocalDate received, String text, String answer) {
        long id = Voices.id(Voices.create("admin", body(ward, category, received, text)));
        Voices.step(id, "triage", "{\"note\":\"内部メモ 振り分け\"}");
        Voices.step(id, "assign", "{\"sectionCode\":\"" + Voices.SECTION + "\",\"note\":\"内部メモ 区政課へ\"}");
        Voices.step(id, "answer", "{\"answer\":\"" + answer + "\",\"note\":\"内部メモ 回答\"}");
        return id;
    }

    private static long published(String ward, String category, LocalDate received, String text, String answer,
            String publishedText) {
        long id = answered(ward, category, received, text, answer);
        Voices.step(id, "publish", "{\"publishedText\":\"" + publishedText + "\",\"note\":\"内部メモ 公表\"}");
        return id;
    }

    private static String reference(long id) {
        return Voices.get("admin", id).path("reference");
    }

    @Test
    void onlyPublishedVoicesAppearAndNothingButWhatWasWrittenForThePublic() {
        String m = marker();
        String original = "元の内容" + m + "orig 通学路の街灯が切れています";
        long shown = published(Voices.CHUO, "roads", FY2024, original, "現地を確認し交換しました" + m,
                "公表文" + m + " 街灯が切れている。");
        Voices.id(Voices.create("admin", body(Voices.CHUO, "roads", FY2024, original))); // received only
        answered(Voices.CHUO, "roads", FY2024, original, "回答" + m); // answered, undecided
        long refused = answered(Voices.CHUO, "roads", FY2024, original, "回答" + m);
        Voices.step(refused, "publish", "{\"notPublishedReason\":\"NO_CONSENT\"}");
        long withdrawn = published(Voices.CHUO, "roads", FY2024, original, "回答" + m, "公表文" + m + " 取り下げ");
        Voices.step(withdrawn, "publish", "{\"notPublishedReason\":\"UNDER_LITIGATION\"}");

        String json = as(null).get("/api/v1/public/voices?q=" + m).then().statusCode(200)
                .body("total", equalTo(1)).body("items.reference", contains(reference(shown)))
                .body("items[0].publishedText", equalTo("公表文" + m + " 街灯が切れている。"))
                .body("items[0].answer", equalTo("現地を確認し交換しました" + m))
                .body("items[0].ward.code", equalTo(Voices.CHUO)).body("items[0].categories[0].code", equalTo("roads"))
                .body("items[0].receivedOn", equalTo(FY2024.toString())).body("items[0].answeredOn", notNullValue())
                .body("items[0].publishedAt", notNullValue())
                .body("items[0].keySet()", containsInAnyOrder("reference", "type", "categories", "ward", "receivedOn",
                        "answeredOn", "publishedAt", "publishedText", "answer", "photos"))
                .extract().asString();
        String dataset = as(null).get("/api/v1/public/voices.json?q=" + m).then().statusCode(200)
                .body("license", equalTo("CC BY 4.0")).body("total", equalTo(1)).body("items", hasSize(1)).extract()
                .asString();
        String csv = csv("/api/v1/public/voices.csv?q=" + m);
        assertEquals(2, csv.split("\r\n").length, csv);
        String feed = feed();
        for (String secret : List.of(m + "orig", "mihon.shikensha", "096-000-9999", "内部メモ")) {
            assertFalse(feed.contains(secret), secret + " leaked into the feed");
        }
        for (String out : List.of(json, dataset, csv)) {
            for (String secret : List.of(m + "orig", "見本 試験者", "096-000-9999", "mihon.shikensha", "見本町",
                    "慶徳校区", "内部メモ", "取り下げ", Voices.SECTION, "\"admin\"")) {
                assertFalse(out.contains(secret), secret + " leaked into " + out);
            }
        }
        assertTrue(feed.contains(reference(shown)));
    }

    @Test
    void residentsSearchThePublishedTextAndTheAnswerAsStaffSearchIgnoringWidthAndKana() {
        String m = marker();
        long id = published(Voices.CHUO, "parks", FY2024, "元の内容 " + m + "orig ブランコ", "ジョセツを行いました" + m,
                "公表文 ガイトウ " + m);
        String ref = reference(id);
        for (String q : List.of("がいとう " + m, "ｶﾞｲﾄｳ " + m, "ガイトウ　" + m.toUpperCase(), "じょせつ", ref)) {
            as(null).queryParam("q", q).queryParam("size", "100").get("/api/v1/public/voices").then().statusCode(200)
                    .body("items.reference", org.hamcrest.Matchers.hasItem(ref));
        }
        // the original text is not searchable by the public, though staff find the voice by it
        as(null).get("/api/v1/public/voices?q=" + m + "orig").then().statusCode(200).body("total", equalTo(0));
        as("admin").get("/api/v1/voices?q=" + m + "orig").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void filtersByWardCategoryAndFiscalYearOfReceipt() {
        String m = marker();
        String chuoLastDay = reference(published(Voices.CHUO, "roads", LocalDate.of(2025, 3, 31), "内容", "回答",
                "公表文 " + m));
        String kitaFirstDay = reference(published(Voices.KITA, "waste", LocalDate.of(2025, 4, 1), "内容", "回答",
                "公表文 " + m));
        as(null).get("/api/v1/public/voices?q=" + m + "&ward=" + Voices.KITA).then().statusCode(200)
                .body("items.reference", contains(kitaFirstDay));
        as(null).get("/api/v1/public/voices?q=" + m + "&category=roads").then().statusCode(200)
                .body("items.reference", contains(chuoLastDay));
        as(null).get("/api/v1/public/voices?q=" + m + "&year=2024").then().statusCode(200)
                .body("items.reference", contains(chuoLastDay));
        as(null).get("/api/v1/public/voices?q=" + m + "&year=2025").then().statusCode(200)
                .body("items.reference", contains(kitaFirstDay));
        as(null).get("/api/v1/public/voices?q=" + m + "&year=2025&ward=" + Voices.CHUO).then().statusCode(200)
                .body("total", equalTo(0));
        // newest publication first
        as(null).get("/api/v1/public/voices?q=" + m).then().statusCode(200)
                .body("items.reference", contains(kitaFirstDay, chuoLastDay));
        assertTrue(csv("/api/v1/public/voices.csv?q=" + m + "&ward=" + Voices.KITA).contains(kitaFirstDay));
        assertFalse(csv("/api/v1/public/voices.csv?q=" + m + "&ward=" + Voices.KITA).contains(chuoLastDay));
    }

    @ParameterizedTest
    @CsvSource({ "ward=999999, ward", "ward=中央区, ward", "category=nope, category", "year=abc, year",
        "year=1999, year", "year=2101, year", "page=-1, page", "page=x, page", "size=0, size", "size=101, size",
        "page=21474837&size=100, page" })
    void aBadFilterIsA400NamingIt(String query, String field) {
        for (String path : List.of("/api/v1/public/voices", "/api/v1/public/voices.csv",
                "/api/v1/public/voices.json")) {
            if (path.endsWith("voices") || !(field.equals("page") || field.equals("size"))) {
                as(null).get(path + "?" + query).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(field));
            }
        }
    }

    @Test
    void aKeywordLongerThan100CharactersIsA400() {
        as(null).queryParam("q", "あ".repeat(101)).get("/api/v1/public/voices").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as(null).queryParam("q", "あ".repeat(100)).get("/api/v1/public/voices").then().statusCode(200);
    }

    @Test
    void theCsvIsUtf8WithBomAndNeutralisesFormulas() {
        String m = marker();
        published(Voices.CHUO, "roads", FY2024, "内容", "=1+2 回答" + m, "=HYPERLINK(1) " + m);
        String csv = csv("/api/v1/public/voices.csv?q=" + m);
        assertTrue(
                csv.startsWith(
                        "\uFEFF\"受付番号\",\"種別\",\"分類\",\"区コード\",\"区\",\"受付日\",\"回答日\",\"公表日時\",\"公表文\",\"回答\"\r\n"),
                csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(1) " + m + "\",\"'=1+2 回答" + m + "\"\r\n"), csv);
        assertTrue(csv.contains("\"要望\",\"道路\",\"431010\",\"中央区\",\"2024-11-13\""), csv);
    }

    @Test
    void voicesPublishedBeforeThePublicPagesExistedAreListedAndSearchable() {
        // the demo's voices were published by its seed, before V17 added the publication time and the public search
        as(null).queryParam("q", "ぶらんこの鎖").get("/api/v1/public/voices").then().statusCode(200)
                .body("items.publishedText", org.hamcrest.Matchers.hasItem("公園のブランコの鎖が切れかけている。→ 点検して鎖を交換しました。"))
                .body("items[0].publishedAt", notNullValue());
    }

    @Test
    void theCategoriesAreReadableWithoutSignIn() {
        as(null).get("/api/v1/public/voice-categories").then().statusCode(200).body("code",
                org.hamcrest.Matchers.hasItems("roads", "parks", "waste"));
    }

    @Test
    void aPageAskedAgainShowsAPublicationAndItsWithdrawalAtOnce() {
        String m = marker();
        String page = "/api/v1/public/voices?q=" + m;
        long id = answered(Voices.CHUO, "parks", FY2024, "内容", "回答" + m);
        as(null).get(page).then().statusCode(200).body("total", equalTo(0));
        Voices.step(id, "publish", "{\"publishedText\":\"公表文" + m + "\"}");
        as(null).get(page).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].publishedText", equalTo("公表文" + m));
        Voices.step(id, "publish", "{\"notPublishedReason\":\"UNDER_LITIGATION\"}");
        as(null).get(page).then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void theListGoesNewestPublicationFirstPageByPage() {
        String m = marker();
        // published in this order; received in the opposite one, so that the order is the publication's
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            published.add(reference(published(Voices.CHUO, "roads", FY2024.minusDays(i), "内容", "回答",
                    "公表文" + m + " " + i)));
        }
        List<String> newestFirst = List.of(published.get(2), published.get(1), published.get(0));
        as(null).get("/api/v1/public/voices?q=" + m).then().statusCode(200)
                .body("total", equalTo(3)).body("items.reference", contains(newestFirst.toArray()));
        as(null).get("/api/v1/public/voices?q=" + m + "&size=2&page=1").then().statusCode(200)
                .body("total", equalTo(3)).body("items.reference", contains(newestFirst.get(2)));
    }

    @Test
    void theAtomFeedIsWellFormedNewestFirstWithTagIdsAndLinksToThePublicPage() throws Exception {
        String m = marker();
        String ref = reference(published(Voices.CHUO, "roads", FY2024, "内容", "回答 <b>&amp;</b>",
                "公表文 <script>x</script> & " + m));
        var response = as(null).get("/api/v1/public/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract();
        Document feed = parse(response.asByteArray());
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertTrue(text(root, "id").startsWith("tag:"), text(root, "id"));
        Instant.parse(text(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 1 && entries.getLength() <= 50);
        List<Instant> updated = new ArrayList<>();
        Map<String, Element> byId = new java.util.HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            updated.add(Instant.parse(text(e, "updated")));
            assertTrue(text(e, "id").startsWith("tag:"), text(e, "id"));
            assertTrue(byId.put(text(e, "id"), e) == null, "ids are unique");
        }
        for (int i = 1; i < updated.size(); i++) {
            assertFalse(updated.get(i).isAfter(updated.get(i - 1)), "newest first: " + updated);
        }
        Element mine = byId.values().stream().filter(e -> text(e, "title").contains(ref)).findFirst().orElseThrow();
        assertTrue(text(mine, "id").endsWith(":voice:" + ref), text(mine, "id"));
        assertEquals(Instant.parse(text(root, "updated")), updated.get(0));
        assertTrue(text(mine, "content").contains("公表文 <script>x</script> & " + m), text(mine, "content"));
        assertTrue(text(mine, "content").contains("回答 <b>&amp;</b>"));
        Element link = (Element) mine.getElementsByTagNameNS(ATOM, "link").item(0);
        assertTrue(link.getAttribute("href").endsWith("/published-voices?q=" + ref), link.getAttribute("href"));
    }

    private static String feed() {
        return as(null).get("/api/v1/public/feed.atom").then().statusCode(200).extract().asString();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The text of the element's first child of that name. */
    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < found.getLength(); i++) {
            if (found.item(i).getParentNode() == parent) {
                return found.item(i).getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static String csv(String path) {
        return new String(as(null).get(path).then().statusCode(200).contentType("text/csv").extract().asByteArray(),
                StandardCharsets.UTF_8);
    }
}
