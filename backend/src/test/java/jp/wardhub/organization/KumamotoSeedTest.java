package jp.wardhub.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.SearchText;

/** The Kumamoto organization data is complete, and its stored search text agrees with today's normalisation. */
@QuarkusTest
class KumamotoSeedTest {

    @Test
    void everyOfficeTypeOfTheCityIsThere() {
        assertEquals(1, Office.count("type", OfficeType.CITY_HALL));
        assertEquals(5, Office.count("type", OfficeType.WARD_OFFICE));
        assertEquals(7, Office.count("type", OfficeType.GENERAL_BRANCH_OFFICE));
        assertEquals(17, Office.count("type", OfficeType.COMMUNITY_CENTER));
    }

    @Test
    void everyWardHasOneWardOffice() {
        for (Ward ward : Ward.<Ward>listAll()) {
            assertEquals(1, Office.count("type = ?1 and wardCode = ?2", OfficeType.WARD_OFFICE, ward.code),
                    ward.nameJa);
        }
    }

    @Test
    void seededSearchTextMatchesTheNormaliser() {
        List<Office> seeded = seededOffices();
        assertEquals(30, seeded.size());
        for (Office o : seeded) {
            assertEquals(SearchText.of(o.nameJa, o.nameKana, o.nameEn, o.nameCommon, o.address), o.searchText,
                    o.nameJa);
        }
    }

    @Test
    void poiCodesFollowTheStandardForEachType() {
        for (Office o : seededOffices()) {
            assertEquals(o.type.defaultPoiCode(), o.poiCode, o.nameJa);
            assertTrue(o.address.startsWith("熊本県熊本市"), o.nameJa);
        }
    }

    /** The city's seeded offices: those of its four types (the tests add community halls only). */
    private static List<Office> seededOffices() {
        return Office.list("type in ?1",
                List.of(OfficeType.CITY_HALL, OfficeType.WARD_OFFICE, OfficeType.GENERAL_BRANCH_OFFICE,
                        OfficeType.COMMUNITY_CENTER));
    }
}
