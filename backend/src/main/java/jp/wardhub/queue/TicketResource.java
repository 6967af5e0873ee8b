package jp.wardhub.queue;

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
import jp.wardhub.platform.Responses;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.queue.TicketViews.FinishInput;
import jp.wardhub.queue.TicketViews.TicketInput;
import jp.wardhub.queue.TicketViews.TicketPage;
import jp.wardhub.queue.TicketViews.TicketView;
import jp.wardhub.queue.TicketViews.TransferInput;

/** 整理券: issued by floor staff and kiosks, called and served at the windows. */
@Path("/api/v1")
@Tag(name = "tickets", description = "整理券: 発券、窓口での呼出し・対応 (numbered tickets, from issue to the end of the visit)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class TicketResource {

    private static final String IF_MATCH = "直前に読んだ ETag (the ETag you read)";

    @Inject
    TicketService tickets;

    @POST
    @Path("/offices/{officeId}/tickets")
    @RolesAllowed({ "WARD", "FLOOR", "PARTNER" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "整理券を発券する",
            description = "受付区分ごと・営業日ごと (Asia/Tokyo) の連番 (A-001 …) を欠番なく発行する。優先受付を指定すると先に呼ばれる。開庁時間内だけ。この区のフロアマネージャー・区職員と、この施設に登録された発券機 (スコープ queue:issue)。 Issues the lane's next number for today, gapless; only while the office is open; the ward's floor staff and this office's kiosks.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "発券した整理券。前の人数と待ち時間の目安つき (the ticket, with how many are ahead)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "409", description = "受付時間外 (outside reception hours)")
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)")
    public RestResponse<TicketView> issueTicket(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 枚だけ発券するためのキー (makes a retry safe)",
                    example = "kiosk-1-20261203-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            TicketInput input) {
        return Responses.created("/api/v1/tickets", tickets.issue(officeId, idempotencyKey, input));
    }

    @GET
    @Path("/offices/{officeId}/tickets")
    @Operation(summary = "施設の整理券の一覧",
            description = "呼ばれる順 (優先受付、到着順)。既定は今日。この区の区職員とフロアマネージャー。 Tickets of a day in calling order; the ward's floor staff.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券の一覧 (a page of tickets)")
    public TicketPage listTickets(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @BeanParam TicketQuery query) {
        return tickets.list(officeId, query.filter(), query.pageRequest());
    }

    @POST
    @Path("/offices/{officeId}/windows/{number}/call-next")
    @RolesAllowed("WARD")
    @Operation(summary = "次の方を呼ぶ",
            description = "この窓口が受け付ける受付区分で待っている今日の整理券のうち、優先受付、次に到着の早い順に 1 枚を呼ぶ。同じ整理券が二つの窓口に呼ばれることはない。窓口は受付中で、対応中の番号がないこと。この区の区職員。 Calls the next ticket to this window: priority first, then the earliest arrival; never the same ticket to two windows.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "呼び出した整理券 (the ticket called)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "204", description = "待っている方はいない (no one is waiting)")
    @APIResponse(responseCode = "409", description = "窓口が受付停止中、または対応中の番号がある (window closed or busy)")
    public RestResponse<TicketView> callNext(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(example = "3") @PathParam("number") int number) {
        return tickets.callNext(officeId, number).map(Responses::ok).orElseGet(RestResponse::noContent);
    }

    @GET
    @Path("/tickets/{id}")
    @Operation(summary = "整理券を 1 枚見る",
            description = "ETag つき。待っている間は前の人数と待ち時間の目安つき。この区の区職員とフロアマネージャー。 One ticket with its ETag.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> getTicket(@Parameter(example = "1") @PathParam("id") long id) {
        return Responses.ok(tickets.get(id));
    }

    @POST
    @Path("/tickets/{id}/recall")
    @RolesAllowed("WARD")
    @Operation(summary = "もう一度呼ぶ",
            description = "呼出中の整理券を同じ窓口に再度呼ぶ。If-Match 必須。 Calls the ticket again; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> recallTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"1\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(tickets.recall(id, ifMatch));
    }

    @POST
    @Path("/tickets/{id}/start")
    @RolesAllowed("WARD")
    @Operation(summary = "対応を始める",
            description = "呼ばれた方が窓口に来た。If-Match 必須。 The visitor came to the window; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> startTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(tickets.start(id, ifMatch));
    }

    @POST
    @Path("/tickets/{id}/finish")
    @RolesAllowed("WARD")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "対応を終える",
            description = "行った手続き (1 件以上) を記録する。統計はこれを数える。If-Match 必須。 Records what was done (counted by the statistics); needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> finishTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            FinishInput input) {
        return Responses.ok(tickets.finish(id, ifMatch, input));
    }

    @POST
    @Path("/tickets/{id}/no-show")
    @RolesAllowed("WARD")
    @Operation(summary = "不在にする", description = "呼んでも来なかった。If-Match 必須。 The visitor did not come; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> noShowTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(tickets.noShow(id, ifMatch));
    }

    @POST
    @Path("/tickets/{id}/transfer")
    @RolesAllowed({ "WARD", "FLOOR" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "別の受付区分へ回す",
            description = "この整理券は「転送」で終わり、同じ番号・同じ到着時刻の整理券が転送先で待つ (順番は到着時刻で決まる)。応答は転送先の整理券。この区の区職員とフロアマネージャー。If-Match 必須。 Ends this ticket and queues a copy with the same number and arrival time in the other lane; answers the copy.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "転送先の整理券 (the ticket in the other lane)")
    public RestResponse<TicketView> transferTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"2\"")
            @HeaderParam("If-Match") String ifMatch,
            TransferInput input) {
        return Responses.ok(tickets.transfer(id, ifMatch, input));
    }

    @POST
    @Path("/tickets/{id}/cancel")
    @RolesAllowed({ "WARD", "FLOOR" })
    @Operation(summary = "取り消す",
            description = "来庁者が帰った。この区の区職員とフロアマネージャー。If-Match 必須。 The visitor left; needs If-Match.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "整理券 (the ticket)")
    public RestResponse<TicketView> cancelTicket(@Parameter(example = "1") @PathParam("id") long id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = IF_MATCH, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(tickets.cancel(id, ifMatch));
    }
}
