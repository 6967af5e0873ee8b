package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SmtpServer;
import jp.wardhub.voice.PublicSubmission;
import jp.wardhub.voice.Voice;

/**
 * The resident's loop, on a phone's width: a resident sends a voice with a photo and follows it, staff see the photo,
 * answer and publish it with the photo, the resident reads the answer and the public page lists the published voice
 * with its photo.
 */
@QuarkusTest
class ResidentVoiceBrowserTest extends BrowserTest {

    @BeforeEach
    void forgetEarlierSubmissions() {
        QuarkusTransaction.requiringNew().run(() -> PublicSubmission.deleteAll());
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workflow step by the administrator through the API, with the voice's current ETag. */
    private static void step(long id, String action, String body) {
        String etag = as("admin").get("/api/v1/voices/" + id).then().statusCode(200).extract().header("ETag");
        as("admin").contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/api/v1/voices/" + id + "/" + action).then().statusCode(200);
    }

    @Test
    void aResidentSendsAVoiceWithAPhotoFollowsItAndFindsItPublished() {
        String email = "browser-" + UUID.randomUUID() + "@example.jp";
        String text = "公園の滑り台の手すりがぐらついています " + UUID.randomUUID();
        // letters only: a random run of digits could look like a telephone number to the publication check
        String published = "公園の滑り台の手すりの修理の要望 " + UUID.randomUUID().toString().replaceAll("[^a-f]", "")
                + " → 修理しました。";

        page.setViewportSize(390, 844);
        open("/send-voice");
        assertThat(heading1()).hasText("区民の声を送る");
        page.getByRole(AriaRole.RADIO, new GetByRoleOptions().setName("要望")).check();
        page.getByLabel("分類").selectOption("parks");
        page.getByLabel("区", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .selectOption("431010");
        page.getByLabel("内容").fill(text);
        page.getByLabel("場所").fill("中央区 白川公園");
        page.getByLabel("写真（任意）").setInputFiles(new FilePayload("slide.jpg", "image/jpeg", photo()));
        assertThat(page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("選んだ写真"))).containsText("slide.jpg");
        page.getByLabel("メールアドレス").fill(email);
        page.getByLabel("連絡先を上の目的で使うことに同意します").check();
        assertNoSidewaysScroll("the form");
        assertAccessible("the voice form at a phone's width");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("送信する")).click();

        Locator reference = page.getByTestId("receipt-reference");
        assertThat(reference).hasText(java.util.regex.Pattern.compile("V-\\d{4}-\\d{6}"));
        String ref = reference.textContent().trim();
        String code = page.getByTestId("receipt-code").textContent().trim();
        assertNoSidewaysScroll("the receipt");
        assertAccessible("the receipt");
        assertTrue(SmtpServer.awaitMails(email, 1).get(0).text().contains(code), "the receipt mail has the code");

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("対応状況を確認する").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("受付番号"))).hasValue(ref);
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("照会コード")).fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("確認する")).click();
        assertThat(page.getByTestId("status-state")).containsText("受付済み");
        assertAccessible("the status of a new voice");

        long id = QuarkusTransaction.requiringNew().call(() -> Voice.<Voice>find("reference", ref).firstResult().id);
        closePage();
        openPage();
        signIn("admin");
        open("/voices/" + id);
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName("写真 1"))).isVisible();
        assertAccessible("a voice with a photo, as staff see it");

        step(id, "triage", "{\"note\":\"振り分け\"}");
        step(id, "assign", "{\"wardCode\":\"431010\"}");
        open("/voices/" + id);
        Locator answering = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("回答する"));
        answering.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("回答"))
                .fill("手すりを固定し直しました。ご連絡ありがとうございました。");
        answering.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("回答を記録する")).click();
        assertThat(page.getByText("回答を記録しました。")).isVisible();
        Locator publishing = page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName("公表を判断する"));
        Locator publicText = publishing.getByRole(AriaRole.TEXTBOX,
                new Locator.GetByRoleOptions().setName("公表文（匿名化したもの）"));
        publicText.fill(published);
        // the check of the typed text has answered: the form is settled before it is sent
        assertThat(publishing.getByText("公表文に個人情報らしき記述は見つかりませんでした。")).isVisible();
        assertThat(publicText).hasValue(published);
        assertThat(publishing.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("公表する回答")))
                .hasValue("手すりを固定し直しました。ご連絡ありがとうございました。");
        publishing.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("写真 1 を公表する")).check();
        assertAccessible("the publication form with the answer and the photo");
        publishing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("公表の判断を記録する")).click();
        assertThat(page.getByText("公表の判断を記録しました。")).isVisible();

        closePage();
        openPage();
        page.setViewportSize(390, 844);
        open("/voice-status?reference=" + ref);
        page.getByRole(AriaRole.TEXTBOX, new GetByRoleOptions().setName("照会コード")).fill(code);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("確認する")).click();
        assertThat(page.getByTestId("status-state")).containsText("回答済み");
        assertThat(page.getByTestId("status-answer")).hasText("手すりを固定し直しました。ご連絡ありがとうございました。");
        assertNoSidewaysScroll("the answered status");
        assertAccessible("the status of an answered voice");

        open("/published-voices?q=" + ref);
        assertThat(page.getByText(published)).isVisible();
        Locator photo = page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName("区民の方が送った写真 1"));
        assertThat(photo).isVisible();
        photo.evaluate("image => image.decode()"); // fails unless the published photo loaded (the page's image policy)
        assertNoSidewaysScroll("the published voices");
        assertAccessible("the published voices at a phone's width");
        SmtpServer.awaitMails(email, 3); // receipt, answered, published
    }
}
