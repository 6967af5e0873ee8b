package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Open311 GeoReport v2 bodies, with the spec's snake_case names. The answers carry every field of the spec, {@code null}
 * when there is no value, as the spec's examples do; the XML answers are written from the same bodies
 * ({@link Open311Xml}).
 */
public final class Open311Views {

    private Open311Views() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Service", description = "Open311 のサービス = 区民の声の分類 (an Open311 service: a voice category)")
    public record Service(
            @JsonProperty("service_code") @Schema(examples = "roads") String serviceCode,
            @JsonProperty("service_name") @Schema(examples = "道路") String serviceName,
            String description,
            @Schema(description = "属性があるか。あれば GET services/{service_code} で定義を見る (whether the service has attributes, described by its service definition)") boolean metadata,
            @Schema(examples = "realtime") String type,
            @Schema(examples = "道路,歩道,街灯") String keywords,
            @Schema(examples = "まちの基盤") String group) {
    }

    @Schema(name = "Open311RequestInput",
            description = "Open311 の申出 (form-encoded または JSON)。lat/long・address_string は場所、氏名・連絡先は個人情報として別に保管する (a service request; names and contacts are kept as personal data)")
    public record RequestInput(
            @JsonProperty("service_code") @Schema(required = true, examples = "roads") String serviceCode,
            @Schema(required = true, examples = "通学路の街灯が切れています。") String description,
            @Schema(examples = "32.8031") BigDecimal lat,
            @JsonProperty("long") @Schema(examples = "130.7079") BigDecimal lon,
            @JsonProperty("address_string") @Schema(examples = "熊本市中央区手取本町1-1 付近") String addressString,
            @Schema(examples = "taro@example.jp") String email,
            @JsonProperty("first_name") @Schema(examples = "太郎") String firstName,
            @JsonProperty("last_name") @Schema(examples = "見本") String lastName,
            @Schema(examples = "096-000-0000") String phone) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Created", description = "受け付けた申出 (the accepted request)")
    public record Created(
            @JsonProperty("service_request_id") @Schema(examples = "V-2026-000123") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Request",
            description = "Open311 の申出 (a service request): service_request_id は受付番号。公表された声では description は公表文で、場所と座標は出さない (for a published voice: the published text, and no address or coordinates)")
    public record Request(
            @JsonProperty("service_request_id") @Schema(examples = "V-2026-000123") String serviceRequestId,
            @Schema(enumeration = {
                "open", "closed" }) String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") @Schema(nullable = true) String serviceName,
            @JsonProperty("service_code") @Schema(nullable = true) String serviceCode,
            String description,
            @JsonProperty("agency_responsible") @Schema(nullable = true) String agencyResponsible,
            @JsonProperty("service_notice") @Schema(nullable = true) String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) BigDecimal lat,
            @Schema(nullable = true) @JsonProperty("long") BigDecimal lon,
            @JsonProperty("media_url") @Schema(nullable = true,
                    description = "写真の URL (a photo of the matter)") String mediaUrl) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311ServiceDefinition",
            description = "Open311 のサービス定義: 説明文のほかに送れる属性 (a service definition: the attributes a request may carry besides its description)")
    public record ServiceDefinition(
            @JsonProperty("service_code") @Schema(examples = "roads") String serviceCode,
            List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311Attribute",
            description = "属性 1 つ。送るときは attribute[code]=値 (one attribute; sent as attribute[code]=value)")
    public record Attribute(
            @Schema(description = "申出人が入力する項目か (whether the requester gives it)") boolean variable,
            @Schema(examples = "VOICE_TYPE") String code,
            @Schema(enumeration = {
                "string", "number", "datetime", "text", "singlevaluelist",
                "multivaluelist" }) String datatype,
            boolean required,
            @JsonProperty("datatype_description") @Schema(nullable = true) String datatypeDescription,
            @Schema(examples = "1") int order,
            @Schema(examples = "種別 (the kind of voice)") String description,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true,
                    description = "選択肢。singlevaluelist のときだけ (the choices; lists only)") List<AttributeValue> values) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Open311AttributeValue", description = "属性の選択肢 (one choice of a list attribute)")
    public record AttributeValue(@Schema(examples = "COMPLAINT") String key,
            @Schema(examples = "苦情 (Complaint)") String name) {
    }

    /** The search parameters of GET requests, shared by its JSON and XML forms. */
    public record RequestSearch(
            @Parameter(
                    description = "受付番号、カンマ区切り。指定すると他の条件は使わない (reference numbers, comma-separated, at most 1000; the other parameters are then ignored)",
                    example = "V-2026-000123,V-2026-000124") @QueryParam("service_request_id") String serviceRequestId,
            @Parameter(description = "サービスコード、カンマ区切り (service codes, comma-separated)",
                    example = "roads") @QueryParam("service_code") String serviceCode,
            @Parameter(description = "open か closed", schema = @Schema(enumeration = {
                "open", "closed" })) @QueryParam("status") String status,
            @Parameter(
                    description = "この日時以降に受け付けた申出 (W3C date-time)。省略すると end_date (なければ今) の 90 日前から (requests from this date-time; by default 90 days before end_date or now)",
                    example = "2026-11-01T00:00:00+09:00") @QueryParam("start_date") String startDate,
            @Parameter(description = "この日時までに受け付けた申出 (W3C date-time)",
                    example = "2026-11-30T23:59:59+09:00") @QueryParam("end_date") String endDate,
            @Parameter(description = Open311Resource.JURISDICTION_PARAMETER,
                    example = "city.kumamoto.jp") @QueryParam("jurisdiction_id") String jurisdictionId) {
    }
}
