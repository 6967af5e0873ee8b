package jp.wardhub.counter;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.counter.CounterInputs.AvailabilityInput;
import jp.wardhub.counter.CounterInputs.OpeningPeriodInput;
import jp.wardhub.counter.CounterInputs.ProcedureInput;
import jp.wardhub.counter.CounterViews.OpeningPeriodView;
import jp.wardhub.counter.CounterViews.ProcedureAvailability;
import jp.wardhub.counter.CounterViews.ProcedurePage;
import jp.wardhub.counter.CounterViews.ProcedureView;
import jp.wardhub.platform.Responses;

/** 手続き: the procedure catalogue, read by everyone and kept by each procedure's owning HQ section. */
@Path("/api/v1/procedures")
@Tag(name = "procedures", description = "手続きの案内 (the procedure catalogue)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ProcedureResource {

    @Inject
    CounterService counter;

    @Inject
    CatalogueAdminService admin;

    @GET
    @Operation(summary = "手続きを探す",
            description = "名称・読み・英語名・別名で検索する。全角半角・ひらがなカタカナ・空白を区別しない (じゅうみんひょう, ｼﾞｭｳﾐﾝﾋｮｳ, 住民票 は同じ)。 Search the catalogue; width, kana and spaces do not matter.")
    @APIResponse(responseCode = "200", description = "手続きの一覧 (a page of procedures)")
    public ProcedurePage listProcedures(@BeanParam ProcedureQuery query) {
        return counter.procedures(query.q(), query.category(), query.pageRequest());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "手続きを 1 件見る", description = "説明・持ち物・手数料・処理期間・所管課・根拠法令。ETag つき。 One procedure, with its ETag.")
    @APIResponse(responseCode = "200", description = "手続き (the procedure)")
    public RestResponse<ProcedureView> getProcedure(
            @Parameter(example = "juminhyo-copy") @PathParam("code") String code) {
        return Responses.ok(counter.procedure(code));
    }

    @GET
    @Path("/{code}/availability")
    @Operation(summary = "手続きができる場所",
            description = "取り扱うすべての施設とチャネル: 取扱いレベル・条件・手数料・受付時間。 Every office and channel offering the procedure.")
    @APIResponse(responseCode = "200", description = "取扱いの一覧 (the offers)")
    public ProcedureAvailability getProcedureAvailability(
            @Parameter(example = "juminhyo-copy") @PathParam("code") String code) {
        return counter.availability(code);
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "手続きを登録する",
            description = "管理者と所管課 (ownerSectionCode) の本庁職員。 Administrators and staff of the owning section.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録した手続き (the created procedure)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "409", description = "手続きコードが使用済み (code in use)")
    public RestResponse<ProcedureView> createProcedure(ProcedureInput input) {
        return Responses.created("/api/v1/procedures", admin.createProcedure(input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "手続きを更新する",
            description = "管理者と所管課の本庁職員。If-Match 必須。 Administrators and the owning section; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後の手続き (the updated procedure)")
    public RestResponse<ProcedureView> updateProcedure(
            @Parameter(example = "juminhyo-copy") @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            ProcedureInput input) {
        return Responses.ok(admin.updateProcedure(code, ifMatch, input));
    }

    @GET
    @Path("/{code}/availability/{placeKey}/opening-periods")
    @Operation(summary = "手続きの場所ごとの受付時間",
            description = "その場所での、施設の開庁時間より狭い手続き独自の受付時間 (なければ空)。 A procedure's own, narrower hours at one place (empty when it follows the place's hours).")
    @APIResponse(responseCode = "200", description = "期間の一覧 (the periods)")
    public List<OpeningPeriodView> listProcedureOpeningPeriods(
            @Parameter(example = "koseki-zenbu") @PathParam("code") String code,
            @Parameter(example = "channel:convenience-store") @PathParam("placeKey") String placeKey) {
        return admin.procedurePeriods(code, placeKey);
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{code}/availability/{placeKey}/opening-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "手続きの場所ごとの受付時間を追加する",
            description = "施設が開いている時間のうち、この手続きを受け付ける時間を狭める。管理者と所管課。変更・削除は /opening-periods/{id}。 Narrows the procedure's hours at the place; administrators and the owning section.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "追加した期間 (the created period)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpeningPeriodView.class)))
    public RestResponse<OpeningPeriodView> addProcedureOpeningPeriod(
            @Parameter(example = "koseki-zenbu") @PathParam("code") String code,
            @Parameter(example = "channel:convenience-store") @PathParam("placeKey") String placeKey,
            OpeningPeriodInput input) {
        return Responses.created("/api/v1/opening-periods", admin.addProcedurePeriod(code, placeKey, input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "HQ" })
    @Path("/{code}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "手続きの取扱い場所を置き換える",
            description = "取扱いの一覧をまとめて置き換える。手続きの ETag を If-Match で送る。 Replaces where the procedure is offered; send the procedure's ETag in If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "手続き (新しい ETag つき) (the procedure, with its new ETag)")
    public RestResponse<ProcedureView> replaceProcedureAvailability(
            @Parameter(example = "juminhyo-copy") @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "手続きの ETag (the procedure's ETag)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            AvailabilityInput input) {
        return Responses.ok(admin.replaceAvailability(code, ifMatch, input));
    }
}
