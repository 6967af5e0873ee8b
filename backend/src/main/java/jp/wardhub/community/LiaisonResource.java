package jp.wardhub.community;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.community.ProjectViews.LiaisonRef;

/** The liaison staff a ward's projects can be assigned to (the staff registry itself is for administrators). */
@Path("/api/v1/community/liaisons")
@Tag(name = "community-projects")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class LiaisonResource {

    @Inject
    ProjectService projects;

    @GET
    @Operation(summary = "区の地域担当職員を一覧する",
            description = "事業の担当に選べる職員 (ユーザー名と氏名)。区・本庁の職員と管理者。区の職員は自分の区だけで、区を省略すると自分の区。 The ward's liaison staff to assign to projects (username and name); ward staff see their own ward's, the default.")
    @APIResponse(responseCode = "200", description = "地域担当職員 (liaison staff)")
    public List<LiaisonRef> listCommunityLiaisons(
            @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward) {
        return projects.liaisons(ward);
    }
}
