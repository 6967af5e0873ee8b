package jp.wardhub.spa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Ward proposals end to end: the ward (chuo) drafts and submits to the Policy Bureau; one of its staff (hq) answers,
 * a colleague of the same bureau (hq-seisaku) approves and publishes; the adopted proposal gets milestones and
 * progress; the ward reads the answer and the progress. Every page is checked with axe.
 */
@QuarkusTest
class ProposalBrowserTest extends BrowserTest {

    private void signOut() {
        button("サインアウト").click();
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("サインイン"))).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator region(String name) {
        return page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(name));
    }

    private Locator status(String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator heading1() {
        return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
    }

    /** The answer card of the Policy Bureau (its heading starts with the bureau's name). */
    private Locator policyAnswer() {
        return page.getByRole(AriaRole.REGION, new GetByRoleOptions().setName(Pattern.compile("^政策局")));
    }

    @Test
    void wardSubmitsBureauAnswersColleagueApprovesAndPublishesWardReadsIt() {
        String title = "公園の照明の増設（ブラウザテスト " + UUID.randomUUID() + "）";
        String reasons = "夜間の利用実態を踏まえ、照明を増設します（ブラウザテスト）。";
        String milestone = "照明設置箇所の現地調査（ブラウザテスト）";

        // The ward drafts the proposal.
        signIn("chuo");
        followMenu("区民の声・提案", "区提案");
        assertThat(heading1()).hasText("区提案");
        assertAccessible("proposal list");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("区提案を起案する")).click();
        assertThat(heading1()).hasText("区提案の起案");
        assertAccessible("proposal draft form");

        page.getByLabel("種類").selectOption("BUDGET_REQUEST");
        page.getByLabel("年度").selectOption("2027");
        page.getByLabel("件名").fill(title);
        page.getByLabel("背景・現状").fill("夜間に暗い公園があり、区民の声でも不安が寄せられている（ブラウザテスト）。");
        page.getByLabel("提案内容").fill("園内の照明を増やし、通路を明るくする（ブラウザテスト）。");
        page.getByLabel("期待される効果").fill("夜間の安心感が高まる（ブラウザテスト）。");
        page.getByLabel("概算経費（円）").fill("3000000");
        // the evidence is found by words of the voice, and chosen from the keyboard
        Locator evidence = page.getByRole(AriaRole.COMBOBOX, new GetByRoleOptions().setName("根拠となる区民の声を探す"));
        evidence.fill("水前寺の公園");
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("水前寺の公園");
        evidence.press("ArrowDown");
        evidence.press("Enter");
        assertThat(page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("根拠となる区民の声")))
                .containsText("水前寺の公園");
        button("数値を追加する").click();
        Locator figure = page.getByRole(AriaRole.GROUP, new GetByRoleOptions().setName("数値 1"));
        figure.getByLabel("項目").fill("照明の要望");
        figure.getByLabel("数値").fill("12");
        figure.getByLabel("単位").fill("件");
        button("下書きを保存する").click();
        assertThat(status("下書きを保存しました。")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/proposals/\\d+$"));
        String proposalPath = page.url().replaceAll("^.*(/proposals/\\d+)$", "$1");
        assertThat(heading1()).hasText(title);
        // People by name and place, not by login id.
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("中央 花子（中央区）");
        assertAccessible("proposal page, draft");

        // It goes to the Policy Bureau, after a confirmation answered from the keyboard.
        Locator submit = region("局に提出する");
        button("提出する").click();
        assertThat(submit.getByRole(AriaRole.ALERT)).hasText("提出先の局を1つ以上選んでください。");
        submit.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("政策局")).check();
        submit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出する")).click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG, new GetByRoleOptions().setName("区提案を提出しますか"));
        assertThat(dialog).containsText("政策局に提出します。");
        assertAccessible("submit confirmation");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出する"))).isFocused();
        page.keyboard().press("Enter");
        assertThat(status("局に提出しました。")).isVisible();
        assertThat(policyAnswer()).containsText("回答待ち");
        assertThat(policyAnswer()).containsText("この局はまだ回答していません。");
        assertAccessible("proposal page, submitted");
        signOut();

        // One of the bureau's staff answers; the author may not approve it.
        signIn("hq");
        open(proposalPath);
        assertThat(heading1()).hasText(title);
        assertThat(policyAnswer().getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("政策局として回答する")))
                .isVisible();
        assertAccessible("proposal page, answer form");
        policyAnswer().getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("採用").setExact(true)).check();
        policyAnswer().getByLabel("理由・対応方針").fill(reasons);
        policyAnswer().getByLabel("対応経費（円）").fill("2500000");
        policyAnswer().getByLabel("対応時期").fill("令和9年度当初予算で対応");
        button("回答を保存する").click();
        assertThat(status("回答を保存しました。")).isVisible();
        assertThat(policyAnswer()).containsText("回答済み（承認待ち）");
        assertThat(policyAnswer()).containsText("回答を書いた本人は承認できません。");
        assertThat(button("回答を承認する")).hasCount(0);
        assertAccessible("proposal page, answered");
        signOut();

        // A colleague of the same bureau approves and publishes.
        signIn("hq-seisaku");
        open(proposalPath);
        button("回答を承認する").click();
        assertThat(status("回答を承認しました。")).isVisible();
        assertThat(policyAnswer()).containsText("承認済み（公開待ち）");
        button("回答を区に公開する").click();
        Locator publish = page.getByRole(AriaRole.ALERTDIALOG, new GetByRoleOptions().setName("回答を公開しますか"));
        assertThat(publish).containsText("中央区に通知され");
        publish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("回答を区に公開する")).click();
        assertThat(status("回答を区に公開しました。")).isVisible();
        assertThat(policyAnswer()).containsText("公開済み");
        assertAccessible("proposal page, published");

        // The adopting bureau reports milestones and progress.
        Locator progress = region("進捗");
        assertThat(progress).containsText("まだ進捗の報告はありません。");
        Locator add = region("マイルストーンを追加する");
        add.getByLabel("内容").fill(milestone);
        add.getByLabel("期日").fill("2027-05-31");
        add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("追加する")).click();
        assertThat(status("マイルストーンを追加しました。")).isVisible();
        Locator milestones = progress.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("マイルストーン"));
        assertThat(milestones).containsText(milestone);
        assertThat(milestones).containsText("未了");
        progress.getByLabel("進捗率（%）").fill("40");
        button("進捗を更新する").click();
        assertThat(status("進捗を更新しました。")).isVisible();
        Locator bar = page.getByRole(AriaRole.PROGRESSBAR, new GetByRoleOptions().setName("進捗率"));
        assertThat(bar).hasAttribute("aria-valuenow", "40");
        button("「" + milestone + "」を済みにする").click();
        assertThat(status("マイルストーンを更新しました。")).isVisible();
        assertThat(button("「" + milestone + "」を済みにする")).hasCount(0);
        assertThat(milestones).not().containsText("未了");
        assertAccessible("proposal page, in progress");
        signOut();

        // The ward reads the published answer, the progress and the timeline.
        signIn("chuo");
        open(proposalPath);
        assertThat(policyAnswer()).containsText("採用");
        assertThat(policyAnswer()).containsText(reasons);
        assertThat(policyAnswer()).containsText("2,500,000円");
        assertThat(page.getByRole(AriaRole.PROGRESSBAR, new GetByRoleOptions().setName("進捗率")))
                .hasAttribute("aria-valuenow", "40");
        assertThat(region("進捗").getByRole(AriaRole.BUTTON)).hasCount(0);
        Locator timeline = page.getByRole(AriaRole.LIST, new GetByRoleOptions().setName("経過（古い順）"));
        assertThat(timeline).containsText("局に提出（政策局）");
        assertThat(timeline).containsText("局の回答を作成（政策局）");
        assertThat(timeline).containsText("局の回答を承認（政策局）");
        assertThat(timeline).containsText("局の回答を公開（政策局）");
        assertThat(timeline).containsText("マイルストーンを追加（政策局）");
        assertThat(timeline).containsText("進捗を更新（政策局）");
        assertAccessible("proposal page, as the ward sees it answered");

        open("/proposals?status=IN_PROGRESS&kind=BUDGET_REQUEST&fiscalYear=2027");
        assertThat(page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(title))).hasAttribute("href",
                proposalPath);
        assertThat(page.getByLabel("状態")).hasValue("IN_PROGRESS");
        assertAccessible("proposal list, filtered");
    }

    @Test
    void statisticsByBureauWardAndFiscalYear() {
        signIn("hq");
        open("/proposals");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("反映状況の集計を見る")).click();
        assertThat(heading1()).hasText("区提案の反映状況");
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("局別の反映状況"))).containsText("合計");
        assertThat(page.getByRole(AriaRole.IMG, new GetByRoleOptions().setName(Pattern.compile("^局別の提案単位の反映率の棒グラフ。"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("グラフの数値: 局別の提案単位の反映率"))).isVisible();
        assertAccessible("statistics by bureau");

        button("区別").click();
        assertThat(page).hasURL(Pattern.compile("groupBy=ward"));
        assertThat(page.getByRole(AriaRole.TABLE, new GetByRoleOptions().setName("区別の反映状況"))).containsText("中央区");
        assertAccessible("statistics by ward");

        button("年度別").click();
        // The year is chosen in the grouping just shown, as a person would: not in the same instant as the click.
        assertThat(page).hasURL(Pattern.compile("groupBy=fiscalYear"));
        page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption("2025");
        assertThat(page).hasURL(Pattern.compile("groupBy=fiscalYear&fiscalYear=2025"));
        assertAccessible("statistics by fiscal year");
    }

    @Test
    void floorStaffHaveNoProposals() {
        signIn("chuo-floor");
        Locator voicesAndProposals = menuGroup(page, "区民の声・提案");
        assertThat(voicesAndProposals.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("区民の声").setExact(true))).isVisible();
        assertThat(voicesAndProposals.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("区提案").setExact(true))).hasCount(0);
        open("/proposals");
        assertThat(heading1()).hasText("このページを表示する権限がありません");
        assertAccessible("proposals forbidden");
    }
}
