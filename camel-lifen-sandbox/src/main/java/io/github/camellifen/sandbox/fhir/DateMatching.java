package io.github.camellifen.sandbox.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/**
 * Matches date search parameters, with their prefixes, against a time span of a resource.
 *
 * <p>A bound given as a day, month or year is compared with the calendar day of the resource's date in the
 * resource's own time zone, so that {@code date=2026-03-10} finds an appointment at 09:30+01:00 whatever the
 * sandbox's time zone. A bound given with a time is compared as an instant.
 *
 * <p>NOTE: the {@code ne} prefix is matched as {@code eq}, and {@code ap} is rejected with 400.
 */
final class DateMatching {

    private DateMatching() {
    }

    /**
     * Tells whether a time span intersects the range. It does when the span ends at or after the lower bound
     * and starts at or before the upper bound.
     *
     * @param range the parsed parameter, or {@code null} when absent (then everything matches)
     * @param start start of the span, or {@code null} if unknown
     * @param end end of the span, {@code null} if still open; pass the start for a point in time
     * @return {@code true} if the span matches
     */
    static boolean intersects(DateRangeParam range, BaseDateTimeType start, BaseDateTimeType end) {
        if (range == null) {
            return true;
        }
        if (start == null || start.getValue() == null) {
            return false;
        }
        boolean endsAfterLower = end == null || end.getValue() == null || isAtOrAfter(end, range.getLowerBound());
        return endsAfterLower && isAtOrBefore(start, range.getUpperBound());
    }

    private static boolean isAtOrAfter(BaseDateTimeType value, DateParam lower) {
        if (lower == null || lower.getValue() == null) {
            return true;
        }
        boolean exclusive = switch (prefix(lower)) {
            case GREATERTHAN, STARTS_AFTER -> true;
            case GREATERTHAN_OR_EQUALS, EQUAL, NOT_EQUAL -> false;
            default -> throw unsupported(lower);
        };

        if (isCalendarPrecision(lower)) {
            LocalDate day = localDay(value);
            return exclusive ? day.isAfter(lastDay(lower)) : !day.isBefore(firstDay(lower));
        }
        Date bound = lower.getValue();
        return exclusive ? value.getValue().after(bound) : !value.getValue().before(bound);
    }

    private static boolean isAtOrBefore(BaseDateTimeType value, DateParam upper) {
        if (upper == null || upper.getValue() == null) {
            return true;
        }
        boolean exclusive = switch (prefix(upper)) {
            case LESSTHAN, ENDS_BEFORE -> true;
            case LESSTHAN_OR_EQUALS, EQUAL, NOT_EQUAL -> false;
            default -> throw unsupported(upper);
        };

        if (isCalendarPrecision(upper)) {
            LocalDate day = localDay(value);
            return exclusive ? day.isBefore(firstDay(upper)) : !day.isAfter(lastDay(upper));
        }
        // An equality on a time covers its whole unit: eq10:30 covers 10:30:00 to 10:30:59.999.
        Date bound = exclusive ? upper.getValue() : upper.getPrecision().add(upper.getValue(), 1);
        return value.getValue().before(bound);
    }

    private static ParamPrefixEnum prefix(DateParam bound) {
        return bound.getPrefix() == null ? ParamPrefixEnum.EQUAL : bound.getPrefix();
    }

    private static boolean isCalendarPrecision(DateParam bound) {
        return bound.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal();
    }

    private static LocalDate localDay(BaseDateTimeType value) {
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
    }

    // The value string starts with yyyy, yyyy-MM or yyyy-MM-dd, depending on the bound's precision.
    private static LocalDate firstDay(DateParam bound) {
        String text = bound.getValueAsString();
        return switch (bound.getPrecision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1);
            case MONTH -> YearMonth.parse(text.substring(0, 7)).atDay(1);
            default -> LocalDate.parse(text.substring(0, 10));
        };
    }

    private static LocalDate lastDay(DateParam bound) {
        String text = bound.getValueAsString();
        return switch (bound.getPrecision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 12, 31);
            case MONTH -> YearMonth.parse(text.substring(0, 7)).atEndOfMonth();
            default -> LocalDate.parse(text.substring(0, 10));
        };
    }

    private static InvalidRequestException unsupported(DateParam bound) {
        return new InvalidRequestException("Date prefix " + prefix(bound).getValue() + " is not supported, use eq, "
                + "gt, ge, lt, le, sa or eb.");
    }
}
