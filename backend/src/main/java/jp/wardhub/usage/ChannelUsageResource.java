package jp.wardhub.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.platform.idempotency.Idempotency.Created;
import jp.wardhub.usage.ChannelUsageViews.ImportResult;
import jp.wardhub.usage.ChannelUsageViews.Report;

@Path("/api/v1/counter-stats/channel-usage")
@Tag(name = "channel-usage", description = "チャネル別発行件数 (certificates issued per channel): 窓口とコンビニ交付などの月別件数と"
        + "コンビニ交付率 (monthly counts per procedure and channel, and the convenience-store share)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class ChannelUsageResource {

    static final String FILE_RULES = """
            CSV (RFC 4180)。1 行目は見出しで、列の順序は自由。列: 年月 (month; 2027-04, 2027/04, 2027年4月)、手続きコード \
            (procedure: 手続き一覧のコード)、件数 (count: 0 以上の整数、1,234 の区切りと全角数字も可) が必須。場所は 施設ID (office)・\
            チャネル (channel: 窓口/counter, コンビニ/convenience-store, オンライン/online, 郵送/mail, 自動交付機/kiosk)・\
            区コード (ward) の列で示し、少なくとも 1 列が必要。施設ID のある行はその施設の窓口の件数 (区は施設の区)。施設ID がなければ \
            チャネルの件数で、区コードはその住民の区 (窓口には区コードが必要)。区コードだけの行はその区の窓口の件数。見出しは日本語か英語 \
            (month, ward, office, channel, procedure, count)、それ以外の列があれば取り込まない。文字コードは Content-Type の \
            charset に従い、なければ UTF-8 (BOM 可) として読めるなら UTF-8、読めなければ Shift_JIS (Windows-31J)。5 MB まで (超えると \
            413)。1 行でも誤りがあれば何も取り込まず、422 で誤りをすべて行番号 (見出しが 1 行目)・列・規則・値とともに返す (1000 件まで)。\
            同じ年月・場所・手続きの件数は置き換えるので、同じファイルを何度取り込んでも結果は同じ。ファイルの中で同じ年月・場所・手続きが \
            2 回あれば誤り。本庁職員と管理者。 \
            The header row names the columns in any order, in Japanese or English: month, procedure and count are \
            required; the place comes from office (that office's counter), channel (with the residents' ward \
            optionally; a counter needs a ward) or ward alone (that ward's counters). Unknown columns refuse the file. \
            The charset parameter is honoured; without it valid UTF-8 (BOM allowed) is read as UTF-8, anything else \
            as Shift_JIS (Windows-31J). Up to 5 MB. Any bad row imports nothing and the 422 lists every error with \
            line, column, rule and value. A figure for the same month, place and procedure is replaced, so importing \
            a file again changes nothing. HQ staff and administrators.""";

    @Inject
    ChannelUsageService usage;

    @POST
    @RolesAllowed({ "HQ", "ADMIN" })
    @Consumes("text/csv")
    @Operation(summary = "チャネル別発行件数を CSV から取り込む", description = FILE_RULES)
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "取り込んだ件数と年月 (rows imported and the months covered)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422",
            description = "誤りのある行 (行番号・列・規則・値)。何も取り込んでいない。Idempotency-Key が別の内容で使用済みのときも "
                    + "(bad rows with line, column, rule and value, nothing imported; or an Idempotency-Key reused)")
    public RestResponse<ImportResult> importChannelUsage(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 回だけ取り込むためのキー (makes a retry safe)",
                    example = "usage-2027-04")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers, byte[] body) {
        MediaType type = headers.getMediaType();
        Created<ImportResult> done = usage.importCsv(body, type == null ? null : type.getParameters().get("charset"),
                idempotencyKey);
        var response = RestResponse.ResponseBuilder.ok(done.body());
        if (done.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Operation(summary = "チャネル別発行件数とコンビニ交付率",
            description = "手続き × 区 × 年月ごとのチャネル別件数と、コンビニ交付率 = コンビニ ÷ (コンビニ + 窓口)。月ごとと全体の合計つき。"
                    + "本庁職員と管理者はすべての区、区職員は自分の区 (省略時も)。 Counts per procedure, ward and month for each "
                    + "channel, and the convenience-store share (convenience ÷ (convenience + counter), absent when both "
                    + "are 0), with totals per month and overall. HQ and administrators read every ward, ward staff their own.")
    @APIResponse(responseCode = "200", description = "件数 (the figures)")
    public Report getChannelUsage(@BeanParam ChannelUsageQuery query) {
        return usage.report(query.filter());
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "チャネル別発行件数を CSV で出力する",
            description = "GET と同じ行を 1 行ずつ (UTF-8, BOM 付き)。 The same rows as the figures, as CSV (UTF-8 with BOM).")
    @APIResponse(responseCode = "200", description = "CSV")
    public RestResponse<String> exportChannelUsageCsv(@BeanParam ChannelUsageQuery query) {
        return Csv.attachment(usage.exportCsv(query.filter()), "channel-usage.csv");
    }
}
