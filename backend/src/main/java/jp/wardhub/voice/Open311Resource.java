package jp.wardhub.voice;

import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.idempotency.Idempotency;
import jp.wardhub.voice.Open311Views.Created;
import jp.wardhub.voice.Open311Views.Request;
import jp.wardhub.voice.Open311Views.RequestInput;
import jp.wardhub.voice.Open311Views.RequestSearch;
import jp.wardhub.voice.Open311Views.Service;
import jp.wardhub.voice.Open311Views.ServiceDefinition;

/**
 * Open311 GeoReport v2, every endpoint in JSON ({@code .json}) and XML ({@code .xml}), as its clients use both: the
 * services and their definitions and the published requests for anyone, sending requests and reading their own for
 * partner systems. Errors come in GeoReport's own format ({@link Open311ErrorFormat}).
 */
@Path("/open311/v2")
@Tag(name = "open311",
        description = "Open311 GeoReport v2: 区民の声の受付と公表 (residents' voices from partner systems, and the published ones)")
@RunOnVirtualThread
public class Open311Resource {

    static final String JURISDICTION_PARAMETER = "自治体 ID。省略可。この市以外なら 404 (jurisdiction id; optional, another one is a 404)";
    private static final String XML = MediaType.APPLICATION_XML;
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String SERVICES = "区民の声の分類をサービスとして返す。属性のあるサービスは metadata が true。 The voice categories as Open311 services; metadata tells whether a service has attributes.";
    private static final String DEFINITION = "サービスの申出に説明文のほかに付けられる属性: 種別 (VOICE_TYPE)、区 (WARD)、校区 (SCHOOL_DISTRICT)。送るときは attribute[コード]=値。 The attributes a request of the service may carry besides its description.";
    private static final String NO_SERVICE = "サービスがない、または jurisdiction_id がこの市ではない (no such service, or another jurisdiction)";
    private static final String CREATE = "voices:write の連携システム。受付方法はウェブ、種別は attribute[VOICE_TYPE] (省略すると要望) で受け付け、service_request_id は受付番号。Idempotency-Key を送れば再送しても 1 件。 Creates a voice (web form; a request unless attribute[VOICE_TYPE] says otherwise); the id is its reference number.";
    private static final String ONE = "公表された声は誰でも公表した形で (description は公表文、場所と座標はなし)。voices:write の連携システムは自分が送った申出を送ったとおりに見る。 A published voice for anyone, in its published form (the published text, no address or coordinates); a partner with voices:write also reads the requests it sent, as sent.";
    private static final String NO_REQUEST = "受付番号がない、公表されていない、または jurisdiction_id がこの市ではない (no such request, not published, or another jurisdiction)";
    private static final String SEARCH = "公表された声を新しい順に最大 1000 件 (公表した形で)。voices:write の連携システムには自分が送った申出も (送ったとおりに)。期間の指定がなければ直近 90 日。service_request_id を指定すると他の条件は使わない。 The published voices, newest first, at most 1000, in their published form; a partner with voices:write also gets the requests it sent, as sent. The last 90 days by default; service_request_id overrides the other parameters.";
    private static final String JURISDICTION_NOT_FOUND = "jurisdiction_id がこの市ではない (another jurisdiction)";

    @Inject
    Open311Service open311;

    @Inject
    ObjectMapper json;

    // ---- GET Service List ----

    @GET
    @Path("/services.json")
    @Produces(JSON)
    @Operation(summary = "Open311 のサービス一覧", description = SERVICES)
    @APIResponse(responseCode = "200", description = "サービス (the services)")
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public List<Service> listOpen311Services(
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.services(jurisdictionId);
    }

    @GET
    @Path("/services.xml")
    @Produces(XML)
    @Operation(summary = "Open311 のサービス一覧 (XML)", description = SERVICES)
    @APIResponse(responseCode = "200", description = "サービス (the services): <services><service>…", content = @Content(
            mediaType = XML, schema = @Schema(type = SchemaType.ARRAY, implementation = Service.class)))
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public String listOpen311ServicesXml(
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return Open311Xml.write(json, Open311Xml.SERVICES, open311.services(jurisdictionId));
    }

    // ---- GET Service Definition ----

    @GET
    @Path("/services/{service_code}.json")
    @Produces(JSON)
    @Operation(summary = "Open311 のサービス定義", description = DEFINITION)
    @APIResponse(responseCode = "200", description = "サービス定義 (the service definition)")
    @APIResponse(responseCode = "404", description = NO_SERVICE, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public ServiceDefinition getOpen311ServiceDefinition(
            @Parameter(example = "roads") @PathParam("service_code") String serviceCode,
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.definition(jurisdictionId, serviceCode);
    }

    @GET
    @Path("/services/{service_code}.xml")
    @Produces(XML)
    @Operation(summary = "Open311 のサービス定義 (XML)", description = DEFINITION)
    @APIResponse(responseCode = "200", description = "サービス定義 (the service definition): <service_definition>…",
            content = @Content(mediaType = XML, schema = @Schema(implementation = ServiceDefinition.class)))
    @APIResponse(responseCode = "404", description = NO_SERVICE, content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public String getOpen311ServiceDefinitionXml(
            @Parameter(example = "roads") @PathParam("service_code") String serviceCode,
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return Open311Xml.write(json, Open311Xml.SERVICE_DEFINITION, open311.definition(jurisdictionId, serviceCode));
    }

    // ---- POST Service Request ----

    @POST
    @RolesAllowed("PARTNER")
    @Path("/requests.json")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, JSON })
    @Produces(JSON)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                schema = @Schema(implementation = RequestInput.class)),
        @Content(mediaType = JSON, schema = @Schema(implementation = RequestInput.class)) })
    @Operation(summary = "Open311 で区民の声を送る", description = CREATE)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "受け付けた申出 (the accepted request)", content = @Content(
            mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Created.class)))
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)",
            content = @Content(mediaType = JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public RestResponse<List<Created>> createOpen311Request(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (makes a retry safe)",
                    example = "web-form-20261120-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) {
        return RestResponse.status(RestResponse.Status.CREATED, submit(idempotencyKey, contentType, body));
    }

    @POST
    @RolesAllowed("PARTNER")
    @Path("/requests.xml")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, JSON })
    @Produces(XML)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                schema = @Schema(implementation = RequestInput.class)),
        @Content(mediaType = JSON, schema = @Schema(implementation = RequestInput.class)) })
    @Operation(summary = "Open311 で区民の声を送る (XML で応答)", description = CREATE)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201",
            description = "受け付けた申出 (the accepted request): <service_requests><request><service_request_id>…",
            content = @Content(mediaType = XML,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Created.class)))
    @APIResponse(responseCode = "422",
            description = "Idempotency-Key が別の内容で使用済み (Idempotency-Key reused with another body)",
            content = @Content(mediaType = XML,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public RestResponse<String> createOpen311RequestXml(
            @Parameter(in = ParameterIn.HEADER, description = "再送しても 1 件だけ登録するためのキー (makes a retry safe)",
                    example = "web-form-20261120-0001")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) {
        return RestResponse.status(RestResponse.Status.CREATED,
                Open311Xml.write(json, Open311Xml.SERVICE_REQUESTS, submit(idempotencyKey, contentType, body)));
    }

    private List<Created> submit(String idempotencyKey, String contentType, String body) {
        MediaType type;
        try {
            type = contentType == null ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type を読めません (unreadable Content-Type)");
        }
        Map<String, String> fields = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? fromJson(body)
                : fromForm(body, type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8"));
        return open311.submit(fields, idempotencyKey);
    }

    // ---- GET Service Request ----

    @GET
    @Path("/requests/{id}.json")
    @Produces(JSON)
    @Operation(summary = "Open311 の申出を 1 件見る", description = ONE)
    @APIResponse(responseCode = "200", description = "申出 (the request, as a one-element list)")
    @APIResponse(responseCode = "404", description = NO_REQUEST, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public List<Request> getOpen311Request(@Parameter(example = "V-2026-000123") @PathParam("id") String id,
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return open311.request(jurisdictionId, id);
    }

    @GET
    @Path("/requests/{id}.xml")
    @Produces(XML)
    @Operation(summary = "Open311 の申出を 1 件見る (XML)", description = ONE)
    @APIResponse(responseCode = "200", description = "申出 (the request): <service_requests><request>…",
            content = @Content(mediaType = XML,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Request.class)))
    @APIResponse(responseCode = "404", description = NO_REQUEST, content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public String getOpen311RequestXml(@Parameter(example = "V-2026-000123") @PathParam("id") String id,
            @Parameter(description = JURISDICTION_PARAMETER, example = "city.kumamoto.jp")
            @QueryParam("jurisdiction_id") String jurisdictionId) {
        return Open311Xml.write(json, Open311Xml.SERVICE_REQUESTS, open311.request(jurisdictionId, id));
    }

    // ---- GET Service Requests ----

    @GET
    @Path("/requests.json")
    @Produces(JSON)
    @Operation(summary = "Open311 の申出を探す", description = SEARCH)
    @APIResponse(responseCode = "200", description = "申出 (the requests)")
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public List<Request> listOpen311Requests(@BeanParam RequestSearch search) {
        return open311.requests(search);
    }

    @GET
    @Path("/requests.xml")
    @Produces(XML)
    @Operation(summary = "Open311 の申出を探す (XML)", description = SEARCH)
    @APIResponse(responseCode = "200", description = "申出 (the requests): <service_requests><request>…",
            content = @Content(mediaType = XML,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Request.class)))
    @APIResponse(responseCode = "404", description = JURISDICTION_NOT_FOUND, content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Error.Item.class)))
    public String listOpen311RequestsXml(@BeanParam RequestSearch search) {
        return Open311Xml.write(json, Open311Xml.SERVICE_REQUESTS, open311.requests(search));
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
            if (e.getKey().equals("attribute") && !value.isNull()) {
                // the form's attribute[CODE]=value, as an object: {"attribute": {"CODE": "value"}}
                if (!value.isObject()) {
                    throw ProblemException.invalid("attribute", "Type",
                            "属性はオブジェクトで指定してください (an object of attribute codes and values)");
                }
                value.properties().forEach(a -> fields.put("attribute[" + a.getKey() + "]", scalar(
                        "attribute[" + a.getKey() + "]", a.getValue())));
                return;
            }
            fields.put(e.getKey(), scalar(e.getKey(), value));
        });
        return fields;
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isContainerNode()) {
            throw ProblemException.invalid(name, "Type", "文字列か数を指定してください (a string or a number)");
        }
        return value.isNull() ? null : value.asText();
    }
}
