package jp.wardhub.queue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.queue.QueueViews.OfficeQueue;
import jp.wardhub.queue.QueueViews.QueueUpdate;

/** 今何人待ち: the public waiting boards and their live event stream. No sign-in, no personal data. */
@Path("/api/v1")
@Tag(name = "queue", description = "今何人待ち: 待ち人数、呼出し番号、ライブ更新 (waiting counts, numbers called, live updates)")
@RunOnVirtualThread
public class QueueResource {

    @Inject
    QueueBoard board;

    @Inject
    QueueStream stream;

    @GET
    @Path("/offices/{officeId}/queue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "施設の待ち状況",
            description = "受付区分ごとの待ち人数、最近呼ばれた番号と窓口、受付中の窓口、待ち時間の目安。サインイン不要。数秒ごとに変わる。 One office's board: per lane the people waiting, the numbers last called, open windows and an estimated wait; no sign-in.")
    @APIResponse(responseCode = "200", description = "待ち状況 (the board)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficeQueue.class)))
    @APIResponse(responseCode = "404", description = "受付区分のない施設 (an office without a counter floor)")
    public Response getOfficeQueue(@Parameter(example = "1") @PathParam("officeId") long officeId) {
        return json(board.current(officeId).json());
    }

    @GET
    @Path("/queue")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "今何人待ち (全施設)",
            description = "受付区分のあるすべての施設 (区役所・総合出張所) の待ち状況。区で絞り込める。サインイン不要。 Every office's board, optionally of one ward; no sign-in.")
    @APIResponse(responseCode = "200", description = "施設ごとの待ち状況 (the boards)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OfficeQueue.class)))
    public Response getQueues(
            @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward) {
        List<QueueBoard.Snapshot> boards = board.all(ward == null || ward.isBlank() ? null : ward.trim());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < boards.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(boards.get(i).json());
        }
        out.write(']');
        return json(out.toByteArray());
    }

    @GET
    @Path("/offices/{officeId}/queue/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "待ち状況のライブ更新 (Server-Sent Events)",
            description = "イベント名 queue、data は QueueUpdate の JSON、id は出来事の通し番号。接続するとまず現在の待ち状況 (event: null) が届き、以後は発券・呼出し・対応などのたびに出来事とその後の待ち状況が届く。切断後に Last-Event-ID を付けて再接続すると、取りこぼした出来事 (最大 50 件、board は null) の後に現在の待ち状況が届く。現在の待ち状況には id がない。同じ id の出来事を二度受け取ったら無視すること。15 秒ごとにコメント行を送る。どのインスタンスにつないでも同じ。 Event 'queue' with a QueueUpdate as data: first the board as it is, then each change with the board after it. Reconnect with Last-Event-ID to be sent what you missed (at most 50), then the board. The board sent on connecting has no id; ignore an event whose id you have seen. A comment every 15 s.")
    @APIResponse(responseCode = "200", description = "イベントストリーム (the event stream)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = QueueUpdate.class)))
    @APIResponse(responseCode = "404", description = "受付区分のない施設 (an office without a counter floor)")
    public void streamOfficeQueue(@Parameter(example = "1") @PathParam("officeId") long officeId,
            @Parameter(in = ParameterIn.HEADER, description = "最後に受け取ったイベントの id (the last event id received)",
                    example = "120")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        stream.open(officeId, eventId(lastEventId), sink, sse);
    }

    /** An unreadable Last-Event-ID is treated as none: the client gets the board as it is. */
    private static Long eventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response json(byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-cache").build();
    }
}
