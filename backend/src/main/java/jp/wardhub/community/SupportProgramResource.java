package jp.wardhub.community;

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
import jp.wardhub.community.CommunityInputs.ApplicationInput;
import jp.wardhub.community.CommunityInputs.ProgramInput;
import jp.wardhub.community.CommunityViews.ApplicationPage;
import jp.wardhub.community.CommunityViews.ApplicationView;
import jp.wardhub.community.CommunityViews.ProgramPage;
import jp.wardhub.community.CommunityViews.ProgramView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

@Path("/api/v1/community/programs")
@Tag(name = "support-programs", description = "支援制度 (support programmes): 区または全市の補助制度、予算・上限・補助率・申請期間と、その申請")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class SupportProgramResource {

    private static final String KEY_DOC = "再送しても 1 件だけ登録するためのキー (retry-safe create key)";

    @Inject
    SupportProgramService programs;

    @Inject
    SupportApplicationService applications;

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "支援制度を作る",
            description = "区の制度はその区の区職員と管理者、全市の制度 (wardCode 省略) は文化市民局の本庁職員と管理者。金額は円 (整数)、補助率は分数。 A ward's programme by its WARD staff, a city-wide one (no wardCode) by the programme bureau (文化市民局); administrators both. Whole yen; the rate is a fraction.")
    @APIResponse(responseCode = "201", description = "作った制度 (the programme)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<ProgramView> createSupportProgram(
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "program-2026-chuo")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ProgramInput input) {
        return Responses.created("/api/v1/community/programs", programs.create(input, idempotencyKey));
    }

    @GET
    @Operation(summary = "支援制度を探す",
            description = "年度の新しい順。ward を指定するとその区の団体が申請できる制度 (その区の制度と全市の制度)。管理者・本庁職員・区職員・地域担当職員。 Newest fiscal year first; ward gives the programmes open to that ward's groups (its own and city-wide ones).")
    @APIResponse(responseCode = "200", description = "制度の一覧 (a page of programmes)")
    public ProgramPage listSupportPrograms(@BeanParam SupportProgramQuery query) {
        return programs.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "支援制度を 1 件見る",
            description = "交付決定済みの額 (精算済みは確定額) と予算の残額つき。 With the budget granted (final amounts once settled) and remaining.")
    @APIResponse(responseCode = "200", description = "制度 (the programme)")
    public RestResponse<ProgramView> getSupportProgram(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(programs.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "団体の申請を記録する",
            description = "団体に代わって、団体の区の区職員・地域担当職員と管理者が下書きとして記録する。区の制度はその区の団体だけ、全市の制度はどの区の団体も。申請額は補助対象経費以下。 Recorded as a draft on the group's behalf by its ward staff; a ward's programme takes only that ward's groups.")
    @APIResponse(responseCode = "201", description = "記録した申請 (the application)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422",
            description = "他の区の制度、または Idempotency-Key が別の内容で使用済み (another ward's programme, or key reused)")
    public RestResponse<ApplicationView> createSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "application-20261126-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            ApplicationInput input) {
        return Responses.created("/api/v1/community/applications", applications.create(id, input, idempotencyKey));
    }

    @GET
    @Path("/{id}/applications")
    @Operation(summary = "制度への申請を見る",
            description = "申請順。区職員・地域担当職員には、他の区の制度 (全市の制度) については自分の区の団体の申請だけ。 In order of recording; ward staff see only their own groups' applications to a programme not of their ward.")
    @APIResponse(responseCode = "200", description = "申請の一覧 (a page of applications)")
    public ApplicationPage listSupportApplications(@Parameter(example = "1") @PathParam("id") long id,
            @BeanParam SupportApplicationQuery query) {
        // the status is parsed once the programme is found: a missing programme is a 404 whatever the status
        return applications.list(id, query::filter, query.pageRequest());
    }
}
