package jp.wardhub.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.community.CommunityInputs.DeclineInput;
import jp.wardhub.community.CommunityInputs.GrantInput;
import jp.wardhub.community.CommunityInputs.NoteInput;
import jp.wardhub.community.CommunityInputs.ReportInput;
import jp.wardhub.community.CommunityInputs.SettleInput;
import jp.wardhub.community.CommunityViews.ApplicationView;
import jp.wardhub.platform.Responses;

@Path("/api/v1/community/applications")
@Tag(name = "support-applications", description = "支援制度への申請 (applications): 提出 → 審査 → 交付決定・不交付 → 実績報告 → 精算")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class SupportApplicationResource {

    private static final String IF_MATCH_DOC = "直前に読んだ申請の ETag (the ETag of the application you read)";

    @Inject
    SupportApplicationService applications;

    @GET
    @Path("/{id}")
    @Operation(summary = "申請を 1 件見る",
            description = "経過と、いまできる操作つき。管理者と本庁職員、団体または制度の区の区職員・地域担当職員。 With its history and the actions you may take.")
    @APIResponse(responseCode = "200", description = "申請 (the application)")
    public RestResponse<ApplicationView> getSupportApplication(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(applications.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "申請を提出する",
            description = "下書き → 提出済み。申請期間内で、申請額が制度の下限以上のときだけ。団体の区の区職員・地域担当職員と管理者。本文は省略できる。If-Match 必須。 DRAFT → SUBMITTED, within the application period and at least the minimum.")
    @APIResponse(responseCode = "200", description = "提出した申請 (the application)")
    @APIResponse(responseCode = "422", description = "申請期間外、または下限未満 (outside the period, or below the minimum)")
    public RestResponse<ApplicationView> submitSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            NoteInput input) {
        return Responses.ok(applications.submit(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "申請の審査を始める",
            description = "提出済み → 審査中。制度の区の区職員 (全市の制度は文化市民局) と管理者。本文は省略できる。If-Match 必須。 SUBMITTED → UNDER_REVIEW; the programme's owner.")
    @APIResponse(responseCode = "200", description = "審査中の申請 (the application)")
    public RestResponse<ApplicationView> reviewSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch,
            NoteInput input) {
        return Responses.ok(applications.review(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "交付を決定する",
            description = "審査中 → 交付決定。交付額は申請額・1 件あたりの上限・補助率 × 補助対象経費 (円未満切り捨て)・予算の残額を超えず、下限以上。超えると 422 で、どの限度 (errors[].rule) とその額を示す。同時に決定しても予算を超えない。制度の所管者と管理者。If-Match 必須。 UNDER_REVIEW → GRANTED; a 422 names the limit hit and its value; concurrent grants never exceed the budget.")
    @APIResponse(responseCode = "200", description = "交付決定した申請 (the application)")
    @APIResponse(responseCode = "422",
            description = "限度を超えた (beyond a limit: requestedAmount, maximumPerApplication, subsidyRate, remainingBudget, minimumPerApplication)")
    public RestResponse<ApplicationView> grantSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            GrantInput input) {
        return Responses.ok(applications.grant(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "不交付とする",
            description = "審査中 → 不交付。理由が必要。制度の所管者と管理者。If-Match 必須。 UNDER_REVIEW → DECLINED, with a reason.")
    @APIResponse(responseCode = "200", description = "不交付とした申請 (the application)")
    public RestResponse<ApplicationView> declineSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            DeclineInput input) {
        return Responses.ok(applications.decline(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "実績報告を記録する",
            description = "交付決定 → 実績報告済み。団体に代わって団体の区の区職員・地域担当職員と管理者。If-Match 必須。 GRANTED → ACTIVITY_REPORTED, on the group's behalf.")
    @APIResponse(responseCode = "200", description = "実績報告済みの申請 (the application)")
    public RestResponse<ApplicationView> reportSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            ReportInput input) {
        return Responses.ok(applications.report(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "HQ", "WARD" })
    @Path("/{id}/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "精算する",
            description = "実績報告済み → 精算済み。実際の経費と確定額を記録する。確定額は交付決定額と補助率 × 実際の経費を超えない (超えると 422)。差額は予算に戻る。制度の所管者と管理者。If-Match 必須。 ACTIVITY_REPORTED → SETTLED; the final amount never exceeds the granted one nor the rate of the actual cost; the difference returns to the budget.")
    @APIResponse(responseCode = "200", description = "精算した申請 (the application)")
    @APIResponse(responseCode = "422", description = "限度を超えた (beyond a limit: grantedAmount, subsidyRate)")
    public RestResponse<ApplicationView> settleSupportApplication(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"4\"")
            @HeaderParam("If-Match") String ifMatch,
            SettleInput input) {
        return Responses.ok(applications.settle(id, ifMatch, input));
    }
}
