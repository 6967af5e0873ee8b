package jp.wardhub.voice;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.OpenData;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.voice.PublicVoiceViews.PublicVoiceDataset;
import jp.wardhub.voice.PublicVoiceViews.PublicVoicePage;
import jp.wardhub.voice.VoiceViews.CategoryView;

/**
 * 区民の声の公表, for anyone without a sign-in. The class path is {@code /api/v1} (as every feature's that shares a
 * prefix), so that another resource under {@code /api/v1/public/voices/...} is never shadowed.
 */
@Path("/api/v1")
@Tag(name = "public-voices",
        description = "区民の声の公表 (published voices): 職員が匿名化して公表した声と回答。サインイン不要。オープンデータは CC BY 4.0")
@RunOnVirtualThread
public class PublicVoiceResource {

    @Inject
    PublicVoiceService voices;

    @GET
    @Path("/public/voices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "公表された区民の声を探す",
            description = "公表の新しい順。公表文と回答、受付番号・種別・分類・区・受付日・回答日・公表日時だけで、元の内容・個人情報・職員の名前は含まない。year は受付日の年度 (4 月〜翌年 3 月)。q は受付番号・公表文・回答から探し、全角半角・ひらがなカタカナを区別しない。 Published voices, newest publication first: the anonymised text and the answer only. year is the fiscal year (April to March) of receipt; q searches the reference, the published text and the answer.")
    @APIResponse(responseCode = "200", description = "公表された声の一覧 (a page of published voices)")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter, named in errors[].field)")
    public PublicVoicePage listPublicVoices(@BeanParam PublicVoiceQuery query,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return voices.list(voices.filter(query), PageRequest.of(page, size));
    }

    @GET
    @Path("/public/voices.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "公表された区民の声 (CSV)",
            description = "一覧と同じ条件の公表された声すべてを CSV (UTF-8, BOM 付き) で。" + VoiceReportService.EXPORT_MAX_ROWS
                    + " 件まで。" + OpenData.TERMS + " Every published voice matching the filters, as CSV.")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter)")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public RestResponse<String> getPublicVoicesCsv(@BeanParam PublicVoiceQuery query) {
        return Csv.attachment(voices.csv(voices.filter(query)), "published-voices.csv");
    }

    @GET
    @Path("/public/voices.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "公表された区民の声 (JSON)",
            description = "一覧と同じ条件の公表された声すべて (ページ分けなし)。" + VoiceReportService.EXPORT_MAX_ROWS + " 件まで。"
                    + OpenData.TERMS + " Every published voice matching the filters, unpaged.")
    @APIResponse(responseCode = "200", description = "公表された声のデータセット (the data set)")
    @APIResponse(responseCode = "400", description = "条件の誤り (a bad filter)")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many rows: narrow the filters)")
    public PublicVoiceDataset getPublicVoicesJson(@BeanParam PublicVoiceQuery query) {
        return voices.dataset(voices.filter(query));
    }

    @GET
    @Path("/public/voices/{reference}/photos/{position}")
    @Produces({ "image/jpeg", "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "公表された声の写真",
            description = "職員が公表を選んだ写真だけ (公表した声の photos にある URL)。受け取ったときに描き直し、位置情報などのメタデータは残っていない。ほかは 404。 A photo staff chose to publish with a voice, re-encoded without metadata; any other is a 404.")
    @APIResponse(responseCode = "200", description = "写真 (the photo)", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "公表された写真がない (no such published photo)")
    public Response getPublicVoicePhoto(@Parameter(example = "V-2026-000123") @PathParam("reference") String reference,
            @Parameter(example = "1") @PathParam("position") int position) {
        VoicePhoto photo = voices.photo(reference, position);
        return Response.ok(photo.content, photo.mediaType).header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/public/voice-categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "区民の声の分類 (公開)",
            description = "公表された声を分類で絞り込むための分類コードと名前。 The categories, for filtering published voices.")
    @APIResponse(responseCode = "200", description = "分類 (the categories)")
    public List<CategoryView> listPublicVoiceCategories() {
        return voices.categories();
    }
}
