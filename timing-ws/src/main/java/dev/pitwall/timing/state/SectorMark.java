package dev.pitwall.timing.state;

/** How a sector time compares: the session's best of all cars (purple), the car's own best (green), or neither. */
public enum SectorMark {
    OVERALL_BEST, PERSONAL_BEST, NONE
}
