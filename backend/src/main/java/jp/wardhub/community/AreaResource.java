package jp.wardhub.community;

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

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.community.AreaInputs.AreaInput;
import jp.wardhub.community.AreaInputs.LiaisonsInput;
import jp.wardhub.community.AreaViews.AreaPage;
import jp.wardhub.community.AreaViews.AreaView;
import jp.wardhub.community.AreaViews.MyAreasView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

@Path("/api/v1/community/areas")
@Tag(name = "community-areas",
        description = "担当地域 (liaison areas): 区の校区とまちづくりセンターの担当区域、地域担当職員の割当てとその履歴、地域担当職員の「担当地域」ホーム")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class AreaResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";

    @Inject
    AreaService areas;

    @Inject
    MyAreasService mine;

    @GET
    @Operation(summary = "担当地域を一覧する",
            description = "区・種類・よみの順。区の職員 (区職員・地域担当職員) は自分の区の地域、本庁職員と管理者はすべて。liaison で、その職員が担当中・担当予定の地域だけ。 Ward, kind, reading order; ward staff see their own ward's areas, HQ staff and administrators all; liaison= keeps the areas that officer looks after.")
    @APIResponse(responseCode = "200", description = "担当地域の一覧 (a page of areas)")
    public AreaPage listCommunityAreas(@BeanParam AreaQuery query) {
        return areas.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/mine")
    @Operation(summary = "自分の担当地域 (地域担当職員のホーム)",
            description = "今日担当している地域ごとに、その地域の団体、まちづくり事業、今日以降の対話集会、新しい区民の声 (5 件) と回答待ちの数。校区の名前 (「校区」を除いた書き方も) と、まちづくりセンターの担当地域ではその施設で数える。 For each area you look after today: its groups, projects, coming dialogue meetings, newest voices and the number awaiting an answer, matched by school district name (also without 校区) and, for a centre's area, by the centre.")
    @APIResponse(responseCode = "200", description = "自分の担当地域 (my areas)")
    public MyAreasView myCommunityAreas() {
        return mine.mine();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "担当地域を 1 件見る",
            description = "担当の地域担当職員と担当の履歴つき。見られない区の地域は 404。 With its liaison staff and the history of who looked after it; another ward's area is a 404 to ward staff.")
    @APIResponse(responseCode = "200", description = "担当地域 (the area)")
    public RestResponse<AreaView> getCommunityArea(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(areas.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "担当地域を登録する",
            description = "校区、またはまちづくりセンター・公民館の担当区域。その区の区職員と管理者。名前は区の中で一つ。 A school district, or a community centre's or hall's area; the ward's WARD staff and administrators; names are unique within a ward.")
    @APIResponse(responseCode = "201", description = "登録した担当地域 (the area)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AreaView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<AreaView> createCommunityArea(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (retry-safe create key)",
                    example = "area-20261204-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            AreaInput input) {
        return Responses.created("/api/v1/community/areas", areas.create(input, idempotencyKey));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "担当地域を更新する",
            description = "名前・よみ・施設・属するまちづくりセンター。区と種類は変えられない。その区の区職員と管理者。If-Match 必須。 Name, reading, facility and centre; ward and kind stay. The ward's WARD staff and administrators.")
    @APIResponse(responseCode = "200", description = "担当地域 (the area)")
    public RestResponse<AreaView> updateCommunityArea(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            AreaInput input) {
        return Responses.ok(areas.update(id, ifMatch, input));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD" })
    @Path("/{id}/liaisons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "担当地域に地域担当職員を割り当てる",
            description = "from の日 (省略時は今日、Asia/Tokyo) から、この地域の担当をちょうどこの顔ぶれにする。続ける人はそのまま、外れる人は前日まで (まだ始まっていない担当は取り消し)、加わる人はその日から。担当の期間は履歴に残り、監査記録にも残る。その区の区職員と管理者。If-Match 必須。 From the given day (today by default) exactly these liaison staff look after the area: those staying are untouched, those left out end the day before (a period not yet begun is withdrawn), those added start that day. Periods stay as history and are audited.")
    @APIResponse(responseCode = "200", description = "担当地域 (the area)")
    public RestResponse<AreaView> assignCommunityAreaLiaisons(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            LiaisonsInput input) {
        return Responses.ok(areas.assign(id, ifMatch, input));
    }
}
