package jp.wardhub.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jp.wardhub.platform.Responses;
import jp.wardhub.queue.FloorViews.FloorView;
import jp.wardhub.queue.FloorViews.LaneInput;
import jp.wardhub.queue.FloorViews.LaneView;
import jp.wardhub.queue.FloorViews.WindowInput;
import jp.wardhub.queue.FloorViews.WindowView;

/** 窓口フロア: an office's windows and lanes. Anyone reads them (kiosks, boards); the ward's staff change them. */
@Path("/api/v1")
@Tag(name = "floor", description = "窓口フロア: 窓口と受付区分 (an office's counter windows and lanes)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FloorResource {

    private static final String IF_MATCH = "直前に読んだ ETag (the ETag you read)";

    @Inject
    FloorService floors;

    @GET
    @Path("/offices/{officeId}/floor")
    @Operation(summary = "窓口フロアを見る",
            description = "窓口 (番号・階・受付中か) と受付区分 (記号・扱う手続き・受け付ける窓口)。サインイン不要。 The office's windows and lanes; no sign-in needed.")
    @APIResponse(responseCode = "200", description = "窓口フロア (the floor)")
    public FloorView getFloor(@Parameter(example = "1") @PathParam("officeId") long officeId) {
        return floors.floor(officeId);
    }

    @POST
    @Path("/offices/{officeId}/windows")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "窓口を追加する", description = "この区の区職員と管理者。 The ward's staff and administrators.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "追加した窓口 (the window)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WindowView.class)))
    @APIResponse(responseCode = "409", description = "番号が使用済み (number in use)")
    public RestResponse<WindowView> createWindow(@Parameter(example = "1") @PathParam("officeId") long officeId,
            WindowInput input) {
        return Responses.created("/api/v1/offices/" + officeId + "/windows", floors.createWindow(officeId, input));
    }

    @PUT
    @Path("/offices/{officeId}/windows/{number}")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "窓口を変更する",
            description = "この区の区職員と管理者。If-Match 必須。 The ward's staff and administrators; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "変更後の窓口 (the window)")
    public RestResponse<WindowView> updateWindow(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(example = "3") @PathParam("number") int number,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            WindowInput input) {
        return Responses.ok(floors.updateWindow(officeId, number, ifMatch, input));
    }

    @POST
    @Path("/offices/{officeId}/windows/{number}/open")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Operation(summary = "窓口の受付を始める",
            description = "着席して受付を始める。この区の区職員。If-Match 必須。 Open the window to calls; the ward's staff; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "窓口 (the window)")
    public RestResponse<WindowView> openWindow(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(example = "3") @PathParam("number") int number,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(floors.setWindowOpen(officeId, number, ifMatch, true));
    }

    @POST
    @Path("/offices/{officeId}/windows/{number}/close")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Operation(summary = "窓口の受付を止める",
            description = "離席する。呼び出し対象から外れ、案内板では受付停止と表示。If-Match 必須。 Close the window; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "窓口 (the window)")
    public RestResponse<WindowView> closeWindow(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(example = "3") @PathParam("number") int number,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(floors.setWindowOpen(officeId, number, ifMatch, false));
    }

    @POST
    @Path("/offices/{officeId}/lanes")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "受付区分を追加する", description = "この区の区職員と管理者。 The ward's staff and administrators.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "追加した受付区分 (the lane)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaneView.class)))
    @APIResponse(responseCode = "409", description = "記号が使用済み (letter in use)")
    public RestResponse<LaneView> createLane(@Parameter(example = "1") @PathParam("officeId") long officeId,
            LaneInput input) {
        return Responses.created("/api/v1/offices/" + officeId + "/lanes", floors.createLane(officeId, input));
    }

    @PUT
    @Path("/offices/{officeId}/lanes/{laneId}")
    @RolesAllowed({ "ADMIN", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "受付区分を変更する",
            description = "扱う手続きや受け付ける窓口は一日の途中でも変えられる。この区の区職員と管理者。If-Match 必須。 The ward's staff and administrators; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "変更後の受付区分 (the lane)")
    public RestResponse<LaneView> updateLane(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(example = "1") @PathParam("laneId") long laneId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            LaneInput input) {
        return Responses.ok(floors.updateLane(officeId, laneId, ifMatch, input));
    }
}
