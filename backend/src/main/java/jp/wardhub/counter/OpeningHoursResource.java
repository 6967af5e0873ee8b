package jp.wardhub.counter;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.counter.CounterInputs.OpeningPeriodInput;
import jp.wardhub.counter.CounterViews.OpeningPeriodView;
import jp.wardhub.counter.CounterViews.PlaceHours;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.QueryParams;
import jp.wardhub.platform.Responses;

/** 開庁時間の設定: the opening periods of offices and channels, kept by the ward's staff and administrators. */
@Path("/api/v1")
@Tag(name = "opening-hours", description = "開庁時間の設定 (opening periods)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class OpeningHoursResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";

    @Inject
    CatalogueAdminService admin;

    @Inject
    CounterService counter;

    @GET
    @Path("/offices/{id}/opening-periods")
    @Operation(summary = "施設の開庁期間の一覧",
            description = "通常の時間と、日付指定の例外 (休業・休日開庁・特別時間)。 Regular and override periods of an office.")
    @APIResponse(responseCode = "200", description = "開庁期間の一覧 (the periods)")
    public List<OpeningPeriodView> listOfficeOpeningPeriods(@Parameter(example = "2") @PathParam("id") long id) {
        return admin.periods(PlaceKey.office(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/offices/{id}/opening-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "施設の開庁期間を追加する", description = "その区の区職員と管理者。 The office's ward staff and administrators.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "追加した期間 (the created period)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpeningPeriodView.class)))
    public RestResponse<OpeningPeriodView> addOfficeOpeningPeriod(@Parameter(example = "2") @PathParam("id") long id,
            OpeningPeriodInput input) {
        return Responses.created("/api/v1/opening-periods", admin.addPeriod(PlaceKey.office(id), input));
    }

    @POST
    @Path("/offices/{id}/hours/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "開庁期間を保存せずに試す",
            description = "期間を追加 (または replaces の期間と置き換え) したときの日ごとの開庁状況。何も保存しない。 The resolved hours as if the period were saved; nothing is stored.")
    @APIResponse(responseCode = "200", description = "日ごとの開庁状況 (hours by date)")
    public PlaceHours previewOfficeHours(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(description = "置き換える期間の ID (the period this one replaces)", example = "12",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("replaces") String replaces,
            @Parameter(example = "2027-03-01") @QueryParam("from") String from,
            @Parameter(example = "2027-03-31") @QueryParam("to") String to,
            OpeningPeriodInput input) {
        PlaceKey place = PlaceKey.office(id);
        LocalDate start = BusinessTime.calendarDate("from", from, BusinessTime.today());
        LocalDate end = BusinessTime.calendarDate("to", to, BusinessTime.notPastCalendar(start.plusDays(27)));
        return counter.preview(place, QueryParams.id("replaces", replaces), admin.candidate(place, input), start, end);
    }

    @GET
    @Path("/channels/{code}/opening-periods")
    @Operation(summary = "チャネルの利用可能期間の一覧",
            description = "コンビニ交付などの通常の時間と例外。 Regular and override periods of a channel.")
    @APIResponse(responseCode = "200", description = "期間の一覧 (the periods)")
    public List<OpeningPeriodView> listChannelOpeningPeriods(
            @Parameter(example = "convenience-store") @PathParam("code") String code) {
        return admin.periods(PlaceKey.channel(code));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/channels/{code}/opening-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "チャネルの期間を追加する", description = "管理者のみ。 Administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "追加した期間 (the created period)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpeningPeriodView.class)))
    public RestResponse<OpeningPeriodView> addChannelOpeningPeriod(
            @Parameter(example = "convenience-store") @PathParam("code") String code,
            OpeningPeriodInput input) {
        return Responses.created("/api/v1/opening-periods", admin.addPeriod(PlaceKey.channel(code), input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/opening-periods/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "開庁期間を更新する", description = "If-Match 必須。 Needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後の期間 (the updated period)")
    public RestResponse<OpeningPeriodView> updateOpeningPeriod(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            OpeningPeriodInput input) {
        return Responses.ok(admin.updatePeriod(id, ifMatch, input));
    }

    @DELETE
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/opening-periods/{id}")
    @Operation(summary = "開庁期間を削除する", description = "If-Match 必須。 Needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "204", description = "削除した (deleted)")
    public void deleteOpeningPeriod(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        admin.deletePeriod(id, ifMatch);
    }
}
