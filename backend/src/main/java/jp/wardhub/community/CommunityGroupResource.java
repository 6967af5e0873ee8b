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
import jp.wardhub.community.CommunityInputs.GroupInput;
import jp.wardhub.community.CommunityViews.ContactView;
import jp.wardhub.community.CommunityViews.GroupPage;
import jp.wardhub.community.CommunityViews.GroupView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;

@Path("/api/v1/community/groups")
@Tag(name = "community-groups", description = "地域活動団体 (community groups): 自治会・校区自治協議会・NPO など、役員と任期、活動地域、連絡先 (個人情報)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class CommunityGroupResource {

    private static final String IF_MATCH_DOC = "直前に読んだ ETag (the ETag you read)";
    private static final String KEY_DOC = "再送しても 1 件だけ登録するためのキー (retry-safe create key)";

    @Inject
    CommunityGroupService groups;

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "地域活動団体を登録する",
            description = "その区の区職員・地域担当職員と管理者。区の職員は区コードを省略すると自分の区。代表者の連絡先は別に保管され、応答には含まれない。 The ward's own staff (WARD, LIAISON) and administrators; the contact is stored apart and never returned here.")
    @APIResponse(responseCode = "201", description = "登録した団体 (the group)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<GroupView> createCommunityGroup(
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "group-20261126-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            GroupInput input) {
        return Responses.created("/api/v1/community/groups", groups.create(input, idempotencyKey));
    }

    @GET
    @Operation(summary = "地域活動団体を探す",
            description = "区ごとによみがな順。q は名前・よみがなを全角半角・ひらがなカタカナの違いを無視して探す。管理者と本庁職員はすべて、区職員・地域担当職員は自分の区の団体。連絡先は含まない。 By ward in reading order; q matches name and reading regardless of width and kana; ward staff see their ward's groups.")
    @APIResponse(responseCode = "200", description = "団体の一覧 (a page of groups)")
    public GroupPage listCommunityGroups(@BeanParam CommunityGroupQuery query) {
        return groups.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "地域活動団体を 1 件見る",
            description = "役員と任期、活動地域つき。連絡先は含まない (/contact)。 One group with officers and activity areas; never the contact.")
    @APIResponse(responseCode = "200", description = "団体 (the group)")
    public RestResponse<GroupView> getCommunityGroup(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(groups.get(id));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "地域活動団体を更新する",
            description = "内容を置き換える (役員・活動地域も)。連絡先は本文にあれば置き換え、なければそのまま。その区の区職員・地域担当職員と管理者。If-Match 必須。 Replaces the record; the contact only when given. The ward's own staff and administrators.")
    @APIResponse(responseCode = "200", description = "更新した団体 (the group)")
    public RestResponse<GroupView> updateCommunityGroup(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH_DOC, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            GroupInput input) {
        return Responses.ok(groups.update(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/contact")
    @Operation(summary = "団体の連絡先を見る",
            description = "代表者の氏名・住所・電話・メール (個人情報)。その団体の区の区職員・地域担当職員と管理者だけ。読むたびに監査記録に残る。 The representative's contact (personal data): only the group's ward staff and administrators; every read is audited.")
    @APIResponse(responseCode = "200", description = "連絡先 (the contact)")
    public ContactView getCommunityGroupContact(@Parameter(example = "1") @PathParam("id") long id) {
        return groups.contact(id);
    }
}
