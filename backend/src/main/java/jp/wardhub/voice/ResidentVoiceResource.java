package jp.wardhub.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.http.HttpServerRequest;
import jp.wardhub.platform.ClientAddress;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.voice.ResidentVoiceViews.Receipt;
import jp.wardhub.voice.ResidentVoiceViews.ResidentVoiceInput;
import jp.wardhub.voice.ResidentVoiceViews.Status;

/**
 * 区民の声の送信と照会: residents send a voice and follow it, without signing in. (The published voices beside them
 * are {@link PublicVoiceResource}'s.)
 */
@Path("/api/v1")
@Tag(name = "resident-voices", description = "区民の声の送信と照会 (residents send and follow their voices; no sign-in)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ResidentVoiceResource {

    @Inject
    ResidentVoiceService voices;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/public/voices")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            encoding = @Encoding(name = "voice", contentType = MediaType.APPLICATION_JSON)))
    @Operation(summary = "区民の声を送る",
            description = "サインイン不要。voice パートに ResidentVoiceInput の JSON、photos パートに写真 (JPEG・PNG、1 枚 5 MB、3 枚まで。描き直して位置情報などのメタデータを消して保存)。同じ送信元から 1 時間に 5 件まで (429)、同じ本文は 10 分以内なら二重送信として 409。応答の照会コードはこのときだけ示す (メールアドレスがあればメールでも送る)。 No sign-in; returns the reference number and the access code, shown once.")
    @APIResponse(responseCode = "201", description = "受付の控え (the receipt)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = "同じ本文を受け付けたばかり (the same text was just received)")
    @APIResponse(responseCode = "429", description = "送信が多すぎる (too many voices from this address)")
    public RestResponse<Receipt> sendPublicVoice(
            @Schema(required = true, ref = "ResidentVoiceInput",
                    description = "声の内容 (the voice, as JSON)")
            @RestForm("voice") String voice,
            @Schema(maxItems = 3,
                    description = "写真 (JPEG か PNG、1 枚 5 MB まで、3 枚まで。位置情報などは消して保存) (photos: JPEG or PNG, 5 MB each, at most 3; stored without location or other metadata)")
            @RestForm("photos") List<FileUpload> photos,
            @Context HttpServerRequest http)
            throws JsonProcessingException {
        if (voice == null || voice.isBlank()) {
            throw ProblemException.invalid("voice", "Required",
                    "voice パートに声の内容 (JSON) を入れてください (the voice part is required)");
        }
        ResidentVoiceInput input = json.readValue(voice, ResidentVoiceInput.class);
        List<FileUpload> uploads = photos == null ? List.of() : photos;
        if (uploads.size() > ResidentVoiceService.MAX_PHOTOS) {
            throw ProblemException.invalid("photos", "MaxItems", "写真は 3 枚までです (at most 3 photos)");
        }
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            FileUpload upload = uploads.get(i);
            if (upload.size() > PhotoCleaner.MAX_BYTES) {
                throw ProblemException.invalid("photos[" + i + "]", "MaxSize",
                        "写真は 1 枚 5 MB までです (a photo may be at most 5 MB)");
            }
            try {
                contents.add(Files.readAllBytes(upload.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Receipt receipt = voices.send(input, contents, ClientAddress.of(http));
        return RestResponse.status(RestResponse.Status.CREATED, receipt);
    }

    @GET
    @Path("/public/voices/{reference}")
    @Operation(summary = "送った声の対応状況を見る",
            description = "受付番号と照会コードで、状態・受付日・回答予定日・回答・公表文を返す。個人情報と送った本文は返さない。受付番号がない場合も照会コードが違う場合も同じ 404。誤りが続くと 429。 The status of your voice, by reference number and access code; a wrong code and an unknown reference are the same 404, and guessing is throttled.")
    @APIResponse(responseCode = "200", description = "対応状況 (the status)")
    @APIResponse(responseCode = "404", description = "受付番号か照会コードが違う (no voice with this reference and code)")
    @APIResponse(responseCode = "429", description = "誤りが続いた (too many wrong codes)")
    public Status getPublicVoiceStatus(@Parameter(example = "V-2026-000123") @PathParam("reference") String reference,
            @Parameter(description = "照会コード (the access code)", example = "K7QM-3XRP-WD2F")
            @QueryParam("code") String code,
            @Context HttpServerRequest http) {
        return voices.status(reference, code, ClientAddress.of(http));
    }
}
