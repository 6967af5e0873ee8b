package jp.wardhub.proposal;

import java.time.LocalDate;

/** 年度: the Japanese fiscal year, April to March, named by the calendar year it starts in. */
final class FiscalYear {

    private FiscalYear() {
    }

    static int of(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
