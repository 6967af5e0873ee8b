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
import jp.wardhub.community.DialogueMeetingInputs.MeetingInput;
import jp.wardhub.community.DialogueMeetingInputs.OpinionInput;
import jp.wardhub.community.DialogueMeetingViews.MeetingPage;
import jp.wardhub.community.DialogueMeetingViews.MeetingView;
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.voice.VoiceViews.VoiceView;

@Path("/api/v1/community/meetings")
@Tag(name = "dialogue-meetings", description = "対話集会 (dialogue meetings): 日時・場所・参加者・議事録と、そこで出た意見 (区民の声)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class DialogueMeetingResource {

    private static final String KEY_DOC = "再送しても 1 件だけ登録するためのキー (retry-safe create key)";

    @Inject
    DialogueMeetingService meetings;

    @GET
    @Operation(summary = "対話集会を探す",
            description = "新しい順、意見の数つき。区の職員は自分の区、本庁職員と管理者はすべて。 Newest first with the number of opinions; ward staff see their ward's.")
    @APIResponse(responseCode = "200", description = "集会の一覧 (a page of meetings)")
    public MeetingPage listDialogueMeetings(@BeanParam DialogueMeetingQuery query) {
        return meetings.list(query.filter(), query.pageRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "対話集会を 1 件見る",
            description = "議事録と、そこで出た意見 (区民の声) つき。 With the minutes and the opinions raised.")
    @APIResponse(responseCode = "200", description = "集会 (the meeting)")
    public RestResponse<MeetingView> getDialogueMeeting(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(meetings.get(id));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "対話集会を記録する", description = "その区の区職員・地域担当職員と管理者。 The ward's own staff and administrators.")
    @APIResponse(responseCode = "201", description = "記録した集会 (the meeting)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<MeetingView> createDialogueMeeting(
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "meeting-20261126-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            MeetingInput input) {
        return Responses.created("/api/v1/community/meetings", meetings.create(input, idempotencyKey));
    }

    @PUT
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "対話集会の記録を更新する",
            description = "議事録など。If-Match 必須。 The minutes and the rest; If-Match required.")
    @APIResponse(responseCode = "200", description = "集会 (the meeting)")
    public RestResponse<MeetingView> updateDialogueMeeting(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "直前に読んだ ETag (the ETag you read)",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            MeetingInput input) {
        return Responses.ok(meetings.update(id, ifMatch, input));
    }

    @POST
    @RolesAllowed({ "ADMIN", "WARD", "LIAISON" })
    @Path("/{id}/voices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "集会で出た意見を区民の声として受け付ける",
            description = "受付方法は対話集会、受付日は集会の日、区は集会の区。声は集会にひも付き、区民の声の流れ (振り分け・割当て・回答) に乗る。 Takes in an opinion as a residents' voice of the meeting's ward and day, linked to the meeting.")
    @APIResponse(responseCode = "201", description = "受け付けた声 (the voice)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VoiceView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key が別の内容で使用済み (key reused with another body)")
    public RestResponse<VoiceView> recordDialogueMeetingOpinion(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, description = KEY_DOC, example = "opinion-20261126-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            OpinionInput input) {
        return Responses.created("/api/v1/voices", meetings.recordOpinion(id, input, idempotencyKey));
    }
}
