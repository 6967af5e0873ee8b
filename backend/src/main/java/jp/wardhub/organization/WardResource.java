package jp.wardhub.organization;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.platform.Responses;

@Path("/api/v1/wards")
@Tag(name = "wards", description = "区 (wards)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class WardResource {

    @Inject
    OrganizationService organization;

    @GET
    @Operation(summary = "区の一覧", description = "市のすべての区を表示順に返す。 All wards of the city, in display order.")
    @APIResponse(responseCode = "200", description = "区の一覧 (the wards)")
    public List<WardView> listWards() {
        return organization.wards();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "区を 1 件見る", description = "区コード (全国地方公共団体コード) で区を返す。 One ward by its local government code.")
    @APIResponse(responseCode = "200", description = "区 (the ward)")
    public RestResponse<WardView> getWard(@Parameter(example = "431010") @PathParam("code") String code) {
        return Responses.ok(organization.ward(code));
    }
}
