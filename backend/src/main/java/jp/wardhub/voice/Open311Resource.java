package jp.wardhub.voice;

import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Problem;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.Problems;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.voice.Open311Views.Created;
import jp.wardhub.voice.Open311Views.Request;
import jp.wardhub.voice.Open311Views.RequestInput;
import jp.wardhub.voice.Open311Views.Service;

/**
 * Open311 GeoReport v2 (JSON only) for partner systems, mapped onto residents' voices. Errors are RFC 9457 problems,
 * except a foreign jurisdiction_id, which GeoReport clients expect in the spec's own error list.
 */
@Path("/open311/v2")
@Tag(name = "open311", description = "Open311 GeoReport v2: 連携システムからの区民の声 (residents' voices from partner systems)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class Open311Resource {

    @Inject
    Open311Service open311;

    /** GeoReport v2 answers an unknown jurisdiction with its own error list, not a problem. */
    private static final String JURISDICTION_NOT_FOUND = "jurisdiction_id がこの市ではない (another jurisdiction): GeoReport のエラー一覧";

    @Inject
    ObjectMapper json;

    @GET
    @Path("/services.json")
    @Operation(summary = "Open311 のサービス一覧",
            description = "区民の声の分類をサービスとして返す (metadata は常に false)。 The voice categories as Open311 services.")
    @APIResponse(responseCode = "200", description = "サービス (the services)")
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public List<Service> listOpen311Services(
            @Parameter(description = "自治体 ID。省略可 (jurisdiction id; optional, this service has one)",
                    example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.services(jurisdictionId);
    }

    @POST
    @RolesAllowed("PARTNER")
    @Path("/requests.json")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON })
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                schema = @Schema(implementation = RequestInput.class)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestInput.class)) })
    @Operation(summary = "Open311 で区民の声を送る",
            description = "voices:write の連携システム。受付方法はウェブ、種別は要望として受け付け、service_request_id は受付番号。Idempotency-Key を送れば再送しても 1 件。 Creates a voice (web form, request); the id is its reference number.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "受け付けた申出 (the accepted request)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Created.class)))
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)")
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public RestResponse<List<Created>> createOpen311Request(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (makes a retry safe)",
                    example = "web-form-20261120-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) {
        MediaType type = contentType == null ? MediaType.APPLICATION_FORM_URLENCODED_TYPE
                : MediaType.valueOf(contentType);
        Map<String, String> fields = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? fromJson(body)
                : fromForm(body, type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8"));
        return RestResponse.status(RestResponse.Status.CREATED, open311.submit(fields, idempotencyKey));
    }

    @GET
    @Path("/requests/{id}.json")
    @Authenticated
    @Operation(summary = "Open311 の申出を 1 件見る",
            description = "自分が送った申出だけ。 One of your own requests, by its reference number.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "申出 (the request, as a one-element list)")
    @APIResponse(responseCode = "404",
            description = JURISDICTION_NOT_FOUND + "、または受付番号がない (or no such request: a problem)", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)),
                @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)) })
    public List<Request> getOpen311Request(@Parameter(example = "V-2026-000123") @PathParam("id") String id,
            @Parameter(description = "自治体 ID。省略可 (jurisdiction id; optional, this service has one)",
                    example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.request(jurisdictionId, id);
    }

    @GET
    @Path("/requests.json")
    @Authenticated
    @Operation(summary = "Open311 の申出を探す",
            description = "自分が送った申出を新しい順に最大 1000 件。期間の指定がなければ直近 90 日。 Your own requests, newest first, at most 1000; the last 90 days by default.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "申出 (the requests)")
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public List<Request> listOpen311Requests(
            @Parameter(description = "サービスコード、カンマ区切り (service codes, comma-separated)", example = "roads")
            @QueryParam("service_code") String serviceCode,
            @Parameter(description = "open か closed", schema = @Schema(enumeration = { "open", "closed" }))
            @QueryParam("status") String status,
            @Parameter(description = "この日時以降に送った申出 (W3C date-time)", example = "2026-11-01T00:00:00+09:00")
            @QueryParam("start_date") String startDate,
            @Parameter(description = "この日時までに送った申出 (W3C date-time)", example = "2026-11-30T23:59:59+09:00")
            @QueryParam("end_date") String endDate,
            @Parameter(description = "自治体 ID。省略可 (jurisdiction id; optional, this service has one)",
                    example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.requests(jurisdictionId, serviceCode, status, startDate, endDate);
    }

    @ServerExceptionMapper
    public RestResponse<List<Open311Error.Item>> open311Error(Open311Error e) {
        return RestResponse.ResponseBuilder.<List<Open311Error.Item>>create(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(List.of(e.item())).build();
    }

    /** Percent-decoded in the charset the form declares (UTF-8 when it declares none). */
    private static Map<String, String> fromForm(String body, String charsetName) {
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "文字コード " + charsetName + " は使えません (unsupported charset)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
                fields.put(name, value);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.MALFORMED, "フォームの形式が正しくありません (malformed form encoding)");
            }
        }
        return fields;
    }

    private Map<String, String> fromJson(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED,
                    "本文を JSON のオブジェクトとして読めません (the body is not a JSON object)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (e.getKey().equals("attribute")) {
                return; // the spec's attributes: no service here defines any
            }
            if (value.isContainerNode()) {
                throw ProblemException.invalid(e.getKey(), "Type", "文字列か数を指定してください (a string or a number)");
            }
            fields.put(e.getKey(), value.isNull() ? null : value.asText());
        });
        return fields;
    }
}
