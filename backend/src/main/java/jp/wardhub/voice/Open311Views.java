package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Open311 GeoReport v2 bodies, with the spec's snake_case names. */
public final class Open311Views {

    private Open311Views() {
    }

    @Schema(name = "Open311Service", description = "Open311 のサービス = 区民の声の分類 (an Open311 service: a voice category)")
    public record Service(
            @JsonProperty("service_code") @Schema(examples = "roads") String serviceCode,
            @JsonProperty("service_name") @Schema(examples = "道路") String serviceName,
            String description,
            @Schema(description = "追加の属性はない (no attributes)") boolean metadata,
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

    @Schema(name = "Open311Created", description = "受け付けた申出 (the accepted request)")
    public record Created(
            @JsonProperty("service_request_id") @Schema(examples = "V-2026-000123") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice) {
    }

    @Schema(name = "Open311Request", description = "Open311 の申出 (a service request): service_request_id は受付番号")
    public record Request(
            @JsonProperty("service_request_id") @Schema(examples = "V-2026-000123") String serviceRequestId,
            @Schema(enumeration = {
                "open", "closed" }) String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") @Schema(nullable = true) String serviceName,
            @JsonProperty("service_code") @Schema(nullable = true) String serviceCode,
            String description,
            @JsonProperty("agency_responsible") @Schema(nullable = true) String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) BigDecimal lat,
            @Schema(nullable = true) @JsonProperty("long") BigDecimal lon) {
    }
}
