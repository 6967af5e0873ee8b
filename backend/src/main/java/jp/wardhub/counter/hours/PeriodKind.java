package jp.wardhub.counter.hours;

/** What a {@link Period} says about the days it covers. */
public enum PeriodKind {

    /** 通常の開庁時間: the weekly hours that apply unless an override says otherwise. */
    REGULAR,

    /** 臨時閉庁: closed on every covered day. */
    CLOSED,

    /** 休日開庁: open on days that are normally closed, such as a weekend opening in the moving season. */
    OPEN,

    /** 時間変更: hours that differ from the regular ones. */
    SPECIAL_HOURS;

    /** Whether periods of this kind are dated exceptions that take precedence over the regular hours. */
    public boolean isOverride() {
        return this != REGULAR;
    }
}
