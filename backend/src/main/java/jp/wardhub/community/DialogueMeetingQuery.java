package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;

/** The query parameters of the dialogue meeting list ({@code GET /api/v1/community/meetings}), as they arrive. */
public record DialogueMeetingQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "開催日の始まり (held from)", example = "2026-04-01") @QueryParam("from") String from,
        @Parameter(description = "開催日の終わり (held until)", example = "2027-03-31") @QueryParam("to") String to,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; a bad date is a 400 naming it. */
    DialogueMeetingService.Filter filter() {
        return new DialogueMeetingService.Filter(ward, BusinessTime.date("from", from, null),
                BusinessTime.date("to", to, null));
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
