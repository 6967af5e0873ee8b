package jp.wardhub.voice;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.QueryParams;

/**
 * The voice list's filters as query parameters ({@code @BeanParam}), shared by the list, the statistics and the CSV
 * export. Taken as strings so that a bad value is a 400 naming the parameter ({@link QueryParams}); {@link #filter()}
 * parses them.
 */
public record VoiceQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "状態 (status)",
                schema = @Schema(implementation = VoiceState.class)) @QueryParam("status") String status,
        @Parameter(description = "種別 (type)",
                schema = @Schema(implementation = VoiceType.class)) @QueryParam("type") String type,
        @Parameter(description = "受付方法 (channel)",
                schema = @Schema(implementation = VoiceChannel.class)) @QueryParam("channel") String channel,
        @Parameter(description = "分類コード (category code)", example = "roads") @QueryParam("category") String category,
        @Parameter(description = "回答期限切れだけ (true) / 除く (false) (overdue only, or none)",
                example = "true") @QueryParam("overdue") String overdue,
        @Parameter(description = "キーワード。受付番号・内容・校区・場所 (free text)", example = "街灯") @QueryParam("q") String q,
        @Parameter(description = "受付日の始まり (received from)", example = "2026-04-01") @QueryParam("from") String from,
        @Parameter(description = "受付日の終わり (received until)", example = "2027-03-31") @QueryParam("to") String to,
        @Parameter(description = "担当者。me で自分の担当、またはユーザー名 (the member of staff it is assigned to: me, or a username)",
                example = "me") @QueryParam("assignee") String assignee,
        @Parameter(
                description = "担当の課。mine で自分の課 (区の職員は自分の区)、または課コード (the section it is assigned to: mine for your own section, or your ward for ward staff; or a section code)",
                example = "mine") @QueryParam("section") String section) {

    /** The filters, parsed: a bad value is a 400 naming its parameter. */
    VoiceFilter filter() {
        return new VoiceFilter(ward, QueryParams.enumValue("status", status, VoiceState.class),
                QueryParams.enumValue("type", type, VoiceType.class),
                QueryParams.enumValue("channel", channel, VoiceChannel.class),
                category, QueryParams.flag("overdue", overdue), q, BusinessTime.date("from", from, null),
                BusinessTime.date("to", to, null), assignee, section);
    }
}
