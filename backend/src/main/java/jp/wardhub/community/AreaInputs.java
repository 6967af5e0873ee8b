package jp.wardhub.community;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.counter.CounterInputs;

/** What clients send about liaison areas: the request bodies (the list's query parameters: {@link AreaQuery}). */
public final class AreaInputs {

    private AreaInputs() {
    }

    @Schema(name = "CommunityAreaInput", description = "担当地域の登録・更新内容 (an area to create, or to replace)")
    public record AreaInput(
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward code; ward staff default to their own)",
                    examples = "431010") String wardCode,
            @NotNull AreaKind kind,
            @NotBlank @Size(max = 50) @Schema(
                    description = "名前。校区は団体・事業・区民の声の「校区」と同じ書き方で (a school district as groups, projects and voices write it)",
                    examples = "慶徳校区") String name,
            @NotBlank @Size(max = 100) @Pattern(regexp = CounterInputs.NAME_KANA) @Schema(
                    description = "ひらがなの読み (reading in hiragana)", examples = "けいとくこうく") String nameKana,
            @Schema(description = "まちづくりセンター・公民館の施設 ID (COMMUNITY_CENTER では必須、校区では指定しない) (the centre or hall; community-centre areas only)",
                    examples = "19") Long officeId,
            @Schema(description = "校区が属するまちづくりセンターの担当地域の ID (school districts only; optional)",
                    examples = "3") Long centreId) {
    }

    @Schema(name = "CommunityAreaLiaisonsInput",
            description = "担当地域の地域担当職員を、指定の日からこの顔ぶれにする (who looks after the area from the given day on)")
    public record LiaisonsInput(
            @NotNull @Size(max = 20) @Schema(description = "地域担当職員のユーザー名。空にすると担当なし (usernames; empty for none)",
                    examples = "[\"chuo-liaison\"]") List<@NotBlank @Size(max = 50) String> liaisons,
            @Schema(description = "この日から (Asia/Tokyo)。省略時は今日。前後 1 年以内 (the first day; default today, within a year either way)",
                    examples = "2027-04-01") LocalDate from) {
    }
}
