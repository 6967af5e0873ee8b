package jp.wardhub.organization;

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
import jakarta.ws.rs.QueryParam;
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
import jp.wardhub.organization.OrganizationInputs.StaffInput;
import jp.wardhub.organization.OrganizationViews.StaffNameView;
import jp.wardhub.organization.OrganizationViews.StaffPage;
import jp.wardhub.organization.OrganizationViews.StaffPasswordReset;
import jp.wardhub.organization.OrganizationViews.StaffView;
import jp.wardhub.platform.Responses;

@Path("/api/v1/staff")
@Tag(name = "staff", description = "職員アカウント (staff accounts)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class StaffResource {

    @Inject
    StaffService staff;

    @GET
    @Operation(summary = "職員アカウントの一覧", description = "管理者のみ。 Administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "職員アカウントの一覧 (a page of accounts)")
    public StaffPage listStaff(@BeanParam StaffQuery query) {
        return staff.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/names")
    @Operation(summary = "職員の表示名", description = "ログイン ID から職員の名前と所属を引く。画面で人を ID でなく名前で見せるため。職員なら誰でも。"
            + StaffService.MAX_NAMES + " 件まで。アカウントでない ID は応答に含まれない。 The names and places of these login ids, so "
            + "that screens show people rather than ids; any staff member; ids that are no account are left out.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "名前 (the names)")
    public List<StaffNameView> staffNames(
            @Parameter(
                    description = "ログイン ID。繰り返して複数 (login ids, the parameter repeated), e.g. username=chuo&username=hq")
            @QueryParam("username") List<String> usernames) {
        return staff.names(usernames);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "職員アカウントを 1 件見る", description = "管理者のみ。 Administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "職員アカウント (the account)")
    public RestResponse<StaffView> getStaff(@Parameter(example = "3") @PathParam("id") long id) {
        return Responses.ok(staff.get(id));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "職員アカウントを登録する",
            description = "管理者のみ。パスワードは bcrypt で保存する。 Administrators only; the password is stored as a bcrypt hash.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "登録したアカウント (the created account)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "ユーザー名が使用済み (username in use)")
    public RestResponse<StaffView> createStaff(StaffInput input) {
        return Responses.created("/api/v1/staff", staff.create(input));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "職員アカウントのロックを解除する",
            description = "管理者のみ。サインインの失敗の記録を接続元を問わず消し、すぐにサインインできるようにする。監査ログに残る。If-Match 不要 (アカウントの項目は変わらない)。 Administrators only; clears the account's failed sign-ins from every address so its owner can sign in at once; audited. No If-Match: no field of the account changes.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "解除後のアカウント (the account, unlocked)")
    public RestResponse<StaffView> unlockStaff(@Parameter(example = "3") @PathParam("id") long id) {
        return Responses.ok(staff.unlock(id));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{id}/reset-password")
    @Operation(summary = "職員のパスワードを再設定する",
            description = "管理者のみ。If-Match 必須。サーバーが仮パスワードを作り、この応答でだけ示す。アカウントは次のサインインでパスワードの変更が必要になり、それまでのトークンは次のリクエストから拒否され、サインインのロックも解除される。監査ログに残る (パスワードは残らない)。 Administrators only; needs If-Match. The server makes a temporary password, shown in this answer only; the account must change it at the next sign-in, its earlier tokens are refused and its sign-in lock is cleared. Audited, without the password.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "仮パスワードとアカウント (the temporary password and the account)")
    public RestResponse<StaffPasswordReset> resetStaffPassword(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(staff.resetPassword(id, ifMatch));
    }

    @PUT
    @RolesAllowed("ADMIN")
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "職員アカウントを更新する",
            description = "管理者のみ。If-Match 必須。password を省くと変更しない。 Administrators only; needs If-Match; omit password to keep it.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "更新後のアカウント (the updated account)")
    public RestResponse<StaffView> updateStaff(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            StaffInput input) {
        return Responses.ok(staff.update(id, ifMatch, input));
    }
}
