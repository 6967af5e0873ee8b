package jp.wardhub.platform.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.wardhub.platform.SearchText;
import jp.wardhub.platform.search.SearchKind;

/** How a list's filters become one condition; the rows themselves are read in every list's API tests. */
class ListQueryTest {

    @Test
    void filtersThatWereNotGivenAddNothing() {
        Condition c = ListQuery.from("Office o")
                .equal("o.wardCode", null)
                .equal("o.type", "  ")
                .atLeast("o.openedOn", null)
                .search("o.searchText", " 　")
                .andIf(false, "o.id = :id", "id", 1L)
                .condition();
        assertEquals(Condition.ALL, c);
    }

    @Test
    void givenFiltersAreJoinedWithAndAndStringsAreTrimmed() {
        Condition c = ListQuery.from("Office o")
                .and(Condition.of("o.wardCode = :mine", "mine", "431010"))
                .equal("o.type", " WARD_OFFICE ")
                .atMost("o.id", 30L)
                .condition();
        assertEquals("o.wardCode = :mine and o.type = :type and o.id <= :id", c.hql());
        assertEquals(Map.of("mine", "431010", "type", "WARD_OFFICE", "id", 30L), c.params());
    }

    @Test
    void twoFiltersOnOneFieldGetTheirOwnParameters() {
        Condition c = ListQuery.from("Voice v").atLeast("v.receivedOn", 1).atMost("v.receivedOn", 9).condition();
        assertEquals("v.receivedOn >= :receivedOn and v.receivedOn <= :receivedOn2", c.hql());
        assertEquals(Map.of("receivedOn", 1, "receivedOn2", 9), c.params());
    }

    @Test
    void freeTextIsMatchedLikeTheSearchColumnIsWritten() {
        Condition c = ListQuery.from("Duty d").search("d.searchText", "ｼﾞｭｳﾐﾝ").condition();
        assertEquals("d.searchText like :searchText escape '!'", c.hql());
        assertEquals(SearchText.likePattern("ｼﾞｭｳﾐﾝ"), c.params().get("searchText"));
    }

    @Test
    void aConditionWrittenTwoWaysGivesThePageOneAndCountsTheOther() {
        ListQuery q = ListQuery.from("Voice v").equal("v.wardCode", "431010")
                .andIfTwoWays(true, "exists (select 1 from Tag t where t.voice = v and t.code = :tag)",
                        "v.id in (select t.voice.id from Tag t where t.code = :tag)", "tag", "parks")
                .andIfTwoWays(false, "v.a = :a", "v.b = :a", "a", 1);
        assertEquals("v.wardCode = :wardCode and exists (select 1 from Tag t where t.voice = v and t.code = :tag)",
                q.condition().hql());
        assertEquals("v.wardCode = :wardCode and v.id in (select t.voice.id from Tag t where t.code = :tag)",
                q.conditionForAll().hql());
        assertEquals(Map.of("wardCode", "431010", "tag", "parks"), q.conditionForAll().params());
    }

    @Test
    void aConditionInPartsIsReadWholeByAPage() {
        Condition whole = Condition.of(":w in (v.wardCode, v.assignedWardCode)", "w", "431052");
        List<Condition> parts = List.of(Condition.of("v.wardCode = :w", "w", "431052"),
                Condition.of("v.assignedWardCode = :w and v.wardCode <> :w", "w", "431052"));
        ListQuery q = ListQuery.from("Voice v").andOneOf(whole, parts).equal("v.status", "CLOSED");
        assertEquals(":w in (v.wardCode, v.assignedWardCode) and v.status = :status", q.condition().hql());
        assertEquals(q.condition(), q.conditionForAll(), "an export reads the whole");
        assertEquals(ListQuery.from("Voice v").and(whole).condition(),
                ListQuery.from("Voice v").andOneOf(whole, List.of()).condition());
        assertThrows(IllegalStateException.class, () -> q.andOneOf(whole, parts), "one condition in parts");
    }

    @Test
    void aScopeThatAllowsEverythingAddsNoCondition() {
        assertEquals(Condition.ALL, ListQuery.from("Voice v").and(Condition.ALL).condition());
        assertEquals("1 = 0", ListQuery.from("Voice v").and(Condition.NONE).condition().hql());
    }

    @Test
    void oneParameterNameWithTwoValuesIsAMistakeInTheCode() {
        ListQuery query = ListQuery.from("Voice v").and("v.wardCode = :ward", "ward", "431010");
        assertThrows(IllegalArgumentException.class, () -> query.and("v.assignedWardCode = :ward", "ward", "431020"));
    }

    @Test
    void theRootNeedsAnAlias() {
        assertThrows(IllegalArgumentException.class, () -> ListQuery.from("Voice"));
    }

    @Test
    void aWordIsAskedOfTheFullTextIndexByACountAndByAPageOfFewRowsOnly() {
        ListQuery query = ListQuery.from("Voice v").equal("v.wardCode", "431010")
                .search(SearchKind.VOICE, "v", "ｶﾞｲﾄｳ");
        Condition page = query.condition();
        Condition all = query.conditionForAll();
        assertEquals("v.wardCode = :wardCode and v.searchText like :searchText escape '!'", page.hql());
        assertEquals(Map.of("wardCode", "431010", "searchText", "%がいとう%"), page.params(),
                "no parameter the page's form does not name");
        assertTrue(all.hql().contains("v.id in (select d.ownerId from SearchDocument d where d.kind = :kind and "
                + "fulltext_match(d.grams, :terms) > 0)"), all.hql());
        assertEquals("+vがい +vいと +vとう", all.params().get("terms"));
        assertEquals(all, query.conditionForPage(ListQuery.FEW));
        assertEquals(page, query.conditionForPage(ListQuery.FEW + 1));
    }

    @Test
    void aQueryWithoutAPairIsCheckedOnTheTextAlone() {
        ListQuery query = ListQuery.from("Voice v").search(SearchKind.VOICE, "v", "桜");
        assertEquals(query.condition(), query.conditionForAll());
        assertEquals("v.searchText like :searchText escape '!'", query.conditionForAll().hql());
    }
}
