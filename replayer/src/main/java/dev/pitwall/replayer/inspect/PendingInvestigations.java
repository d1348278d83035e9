package dev.pitwall.replayer.inspect;

import dev.pitwall.contract.RaceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cars whose incidents race control left open: "... WILL BE INVESTIGATED AFTER THE RACE / SPRINT /
 * SESSION", unless a later message closes the same incident (same cars; same reason when both give one) with
 * "NO FURTHER ACTION", "NO FURTHER INVESTIGATION" or "NO INVESTIGATION NECESSARY", or gives one of its cars a
 * penalty for the same reason. Cars are read from the text ({@code CAR 23 (ALB)}, {@code CARS 30 (LAW) AND 14 (ALO)}).
 */
final class PendingInvestigations {

    private static final Pattern CAR = Pattern.compile("\\b(\\d{1,2}) \\([A-Z]{3}\\)");
    private static final Pattern PENDING = Pattern.compile("WILL BE INVESTIGATED AFTER THE \\w+");
    private static final Pattern CLOSED = Pattern.compile(
            "(?:REVIEWED )?NO FURTHER (?:ACTION|INVESTIGATION)|NO INVESTIGATION NECESSARY");
    private static final Pattern PENALTY = Pattern.compile("PENALTY FOR CAR");

    private record Incident(Set<Integer> cars, String reason) {
    }

    private PendingInvestigations() {
    }

    /** Car numbers (ascending, as strings) with an investigation still pending after the given messages. */
    static List<String> find(List<RaceEvent.RaceControl> messages) {
        List<Incident> open = new ArrayList<>();
        for (RaceEvent.RaceControl m : messages) {
            if (m.message() == null) {
                continue;
            }
            String text = m.message().toUpperCase(Locale.ROOT);
            Set<Integer> cars = cars(text);
            if (cars.isEmpty()) {
                continue;
            }
            Matcher pending = PENDING.matcher(text);
            Matcher closed = CLOSED.matcher(text);
            if (pending.find()) {
                open.add(new Incident(cars, reason(text, pending.end())));
            } else if (closed.find()) {
                String reason = reason(text, closed.end());
                open.removeIf(i -> i.cars().equals(cars) && sameReason(i.reason(), reason));
            } else if (PENALTY.matcher(text).find()) {
                String reason = reason(text, text.indexOf("PENALTY FOR CAR"));
                open.removeIf(i -> i.cars().containsAll(cars) && i.reason() != null && sameReason(i.reason(), reason));
            }
        }
        Set<Integer> cars = new TreeSet<>();
        open.forEach(i -> cars.addAll(i.cars()));
        return cars.stream().map(String::valueOf).toList();
    }

    private static Set<Integer> cars(String text) {
        Set<Integer> cars = new TreeSet<>();
        Matcher m = CAR.matcher(text);
        while (m.find()) {
            cars.add(Integer.parseInt(m.group(1)));
        }
        return cars;
    }

    /** The reason after {@code from}: the text after the next " - ", or null. */
    private static String reason(String text, int from) {
        int dash = text.indexOf(" - ", from);
        if (dash < 0) {
            dash = text.indexOf(" -", from);
            if (dash < 0 || dash + 2 >= text.length()) {
                return null;
            }
            return blankToNull(text.substring(dash + 2));
        }
        return blankToNull(text.substring(dash + 3));
    }

    private static String blankToNull(String s) {
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static boolean sameReason(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }
}
