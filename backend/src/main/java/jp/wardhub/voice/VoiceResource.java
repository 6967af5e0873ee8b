package jp.wardhub.voice;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.voice.VoiceViews.AnalysisView;
import jp.wardhub.voice.VoiceViews.AnswerInput;
import jp.wardhub.voice.VoiceViews.AssignInput;
import jp.wardhub.voice.VoiceViews.AssigneeView;
import jp.wardhub.voice.VoiceViews.BulkInput;
import jp.wardhub.voice.VoiceViews.BulkResult;
import jp.wardhub.voice.VoiceViews.CategoryView;
import jp.wardhub.voice.VoiceViews.CloseInput;
import jp.wardhub.voice.VoiceViews.PersonalDataView;
import jp.wardhub.voice.VoiceViews.PublicationCheck;
import jp.wardhub.voice.VoiceViews.PublicationCheckInput;
import jp.wardhub.voice.VoiceViews.PublishInput;
import jp.wardhub.voice.VoiceViews.StatsView;
import jp.wardhub.voice.VoiceViews.TriageInput;
import jp.wardhub.voice.VoiceViews.VoiceInput;
import jp.wardhub.voice.VoiceViews.VoicePage;
import jp.wardhub.voice.VoiceViews.VoiceView;

@Path("/api/v1/voices")
@Tag(name = "voices", description = "区民の声 (residents' voice): 受付・振り分け・担当・移ちょう・回答・公表・集計")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class VoiceResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";

    @Inject
    VoiceService voices;

    @Inject
    VoiceCategories categories;

    @Inject
    VoiceReportService reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声を受け付ける",
            description = "窓口・電話・手紙・メール・ウェブ・対話集会で受けた声を登録し、受付番号 (V-年-6桁) を付ける。職員 (区の職員は自分の区) と voices:write の連携システム。連携システムは Idempotency-Key 必須。個人情報は別に保管され、応答には含まれない。 Takes a voice in and gives it a reference number; partners must send Idempotency-Key.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "受け付けた声 (the voice)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VoiceView.class)))
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)")
    public RestResponse<VoiceView> createVoice(
            @Parameter(in = ParameterIn.HEADER,
                    description = "再送しても 1 件だけ登録するためのキー。連携システムは必須 (makes a retry safe; required for partners)",
                    example = "web-form-20261120-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            VoiceInput input) {
        return Responses.created("/api/v1/voices", voices.create(input, idempotencyKey));
    }

    @GET
    @Operation(summary = "区民の声を探す",
            description = "受付日の新しい順。管理者と本庁職員はすべて、区の職員・フロアマネージャー・地域担当職員は自分の区の声と自分の区に割り当てられた声、連携システムは自分が登録した声。overdue=true で回答期限を過ぎた未回答の声。 Newest first; what you see depends on your role.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "声の一覧 (a page of voices)")
    public VoicePage listVoices(@BeanParam VoiceQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return voices.list(query.filter(), PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声をまとめて扱う",
            description = "選んだ声に同じ操作を一度に: 振り分け (TRIAGE)、担当の割当て (ASSIGN: 区・課・担当者)、移ちょう (TRANSFER)、完了 (CLOSE)、分類の変更 (CATEGORIZE)。声ごとに一覧で読んだ版 (version) を送る。1 件ずつの操作と同じ規則 (権限・状態・版) で確かめ、すべて変わるか、何も変わらないか。変えられない声があれば 409 (voice-bulk-refused) で、errors[] に声ごとの理由 (rule: Forbidden・Stale・IllegalTransition・NotFound・Invalid、value: 声の ID)。Idempotency-Key を送れば再送しても一度だけ。 One action on up to 100 voices, all or nothing, by the rules of the single actions; a 409 lists each voice refused and why.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "変わった声 (the voices, as changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "409",
            description = "変えられない声がある (voice-bulk-refused: errors[] names each voice and why; nothing changed)")
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)")
    public BulkResult bulkVoices(
            @Parameter(in = ParameterIn.HEADER,
                    description = "再送しても一度だけ操作するためのキー (makes a retry safe)",
                    example = "bulk-20261204-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            BulkInput input) {
        return voices.bulk(input, idempotencyKey);
    }

    @GET
    @Path("/assignees")
    @Operation(summary = "担当者に選べる職員",
            description = "区民の声を割り当てられる職員 (区の職員と、課に属する本庁職員) を、区・局・課・名前の順で。表示名つき。管理者・本庁職員・区の職員。 The people voices can be assigned to, with display names; for those who assign voices.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "職員 (the people)")
    public List<AssigneeView> listVoiceAssignees() {
        return voices.assignees();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "区民の声の分類", description = "分類コードと名前 (道路・公園・ごみ...)。 The categories a voice can have.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "分類 (the categories)")
    public List<CategoryView> listVoiceCategories() {
        return categories.views();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "区民の声を集計する",
            description = "分類・区・受付方法・種別・月 (Asia/Tokyo の YYYY-MM) ごとの件数。一覧と同じ条件で絞り込める。分類別では 1 件が分類の数だけ数えられる。職員のみ、見える範囲は一覧と同じ。 Counts by category, ward, channel, type or month; staff only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "件数 (the counts)")
    public StatsView getVoiceStats(
            @Parameter(required = true, description = "集計の単位 (what to group by)",
                    schema = @Schema(implementation = VoiceReportService.GroupBy.class))
            @QueryParam("groupBy") String groupBy,
            @BeanParam VoiceQuery query) {
        VoiceReportService.GroupBy by = QueryParams.enumValue("groupBy", groupBy, VoiceReportService.GroupBy.class);
        if (by == null) {
            throw jp.wardhub.platform.ProblemException.invalid("groupBy", "NotBlank",
                    "必須です: category, ward, channel, type, month (required)");
        }
        return reports.stats(by, query.filter());
    }

    @GET
    @Path("/analysis")
    @Operation(summary = "区民の声を分析する",
            description = "分析画面に描く集計 (件数、分類別・月別、区別、受付方法別、期限超過の区別) を 1 回で。数は /voices/stats と同じ。一覧と同じ条件で絞り込める。職員のみ、見える範囲は一覧と同じ。 Every figure of the analysis page in one answer (the same numbers as /voices/stats); staff only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "集計 (the figures)")
    public AnalysisView getVoiceAnalysis(@BeanParam VoiceQuery query) {
        return reports.analysis(query.filter());
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "区民の声を CSV で出力する",
            description = "一覧と同じ条件の声を CSV (UTF-8, BOM 付き) で。個人情報は含まない。" + VoiceReportService.EXPORT_MAX_ROWS
                    + " 件まで。職員のみ。 The filtered voices as CSV, without personal data; staff only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public RestResponse<String> exportVoicesCsv(@BeanParam VoiceQuery query) {
        String csv = reports.exportCsv(query.filter());
        return Csv.attachment(csv, "voices.csv");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "区民の声を 1 件見る",
            description = "対応履歴と、いまできる操作つき。個人情報は含まない。 One voice with its history and the actions you may take; never the personal data.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "声 (the voice)")
    public RestResponse<VoiceView> getVoice(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(voices.get(id));
    }

    @GET
    @Path("/{id}/personal-data")
    @Operation(summary = "申出人の個人情報を見る",
            description = "この声を担当する職員だけ (管理者、割当て先の区の職員・課の職員、割当て前はその区の職員)。読むたびに監査記録に残る。 Only for the staff handling the voice; every read is audited.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "個人情報 (the personal data)")
    public PersonalDataView getVoicePersonalData(@Parameter(example = "1") @PathParam("id") long id) {
        return voices.personalData(id);
    }

    @GET
    @Path("/{id}/photos/{position}")
    @Produces({ "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "区民が送った写真を見る",
            description = "声を見られる人だけ。受け取ったときに描き直し、位置情報などのメタデータは残っていない。 A photo the resident sent, re-encoded without its metadata; for those who may read the voice.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "写真 (the photo)", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getVoicePhoto(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(example = "1") @PathParam("position") int position) {
        VoicePhoto photo = voices.photo(id, position);
        return Response.ok(photo.content, photo.mediaType)
                .header("Cache-Control", "private, max-age=86400, immutable")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声を振り分ける",
            description = "受付 → 振り分け済み。回答期限 (省略時は受付日から 14 日)・区・分類を確かめる。管理者、区民の声を取りまとめる本庁の課、声の区の職員。If-Match 必須。 RECEIVED → TRIAGED.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "振り分けた声 (the voice)")
    public RestResponse<VoiceView> triageVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            TriageInput input) {
        return Responses.ok(voices.triage(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声の担当を決める",
            description = "振り分け済み → 担当割当て済み。区か本庁の課のどちらか。割当て先の職員に通知する。If-Match 必須。 TRIAGED → ASSIGNED, to a ward or an HQ section; its staff are notified.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "担当を決めた声 (the voice)")
    public RestResponse<VoiceView> assignVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            AssignInput input) {
        return Responses.ok(voices.assign(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声を移ちょうする",
            description = "担当を別の区・課に移す (状態は担当割当て済みのまま、履歴に残る)。移ちょう先の職員に通知する。If-Match 必須。 Hands an assigned voice to another ward or section; recorded in the history.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "移ちょうした声 (the voice)")
    public RestResponse<VoiceView> transferVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            AssignInput input) {
        return Responses.ok(voices.transfer(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声に回答する",
            description = "担当割当て済み → 回答済み。担当の区・課の職員と管理者。If-Match 必須。 ASSIGNED → ANSWERED; the assigned ward or section.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "回答した声 (the voice)")
    public RestResponse<VoiceView> answerVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            AnswerInput input) {
        return Responses.ok(voices.answer(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声を完了にする",
            description = "回答済み → 完了。本文は省略できる。If-Match 必須。 ANSWERED → CLOSED; the body is optional.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "完了した声 (the voice)")
    public RestResponse<VoiceView> closeVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            CloseInput input) {
        return Responses.ok(voices.close(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/publication-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "公表文の個人情報らしき記述を示す",
            description = "電話番号・メールアドレス・郵便番号・番地・「さん・様・氏」の付いた名前・年齢 (…歳) に印を付ける。判定はしない: 公表する前に職員が一つずつ確かめ、直すか、そのままでよいと判断する。何も保存しない。 Flags what looks like personal data in a text to be published (telephone numbers, e-mail and postal codes, street numbers, names with さん/様/氏, ages); staff confirm or edit each. Stores nothing.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "印 (the flags, in order)")
    public PublicationCheck checkPublication(PublicationCheckInput input) {
        return voices.checkPublication(input);
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声の公表を判断する",
            description = "回答済みか完了の声について、匿名化した公表文か、公表しない理由 (PERSONAL_INFORMATION, UNDER_LITIGATION, DUPLICATE, NO_CONSENT, OTHER) のどちらか。判断は直せる。If-Match 必須。 Publish an anonymised text, or record why not.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "公表を判断した声 (the voice)")
    public RestResponse<VoiceView> publishVoice(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            PublishInput input) {
        return Responses.ok(voices.publish(id, ifMatch, input));
    }
}
