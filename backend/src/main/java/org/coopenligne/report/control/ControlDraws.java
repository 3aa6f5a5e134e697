package org.coopenligne.report.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The control draw, written so that anyone can re-draw it by hand from its seed: each validated report's key is the
 * SHA-256 (hexadecimal) of {@code seed + ":" + cooperative code} (e.g. {@code echo -n "4821:038-0107" | sha256sum}); the
 * reports sorted by key, the first ceil(share × reports / 100) are drawn at random, then every other report whose income
 * or charges reach the amount chosen, if one is; then, when asked, in each district none of whose reports is drawn yet,
 * the report with the smallest key (schools without a district form no district).
 */
public final class ControlDraws {

    private ControlDraws() {}

    /** Why a report is in the sample. */
    public enum Reason {
        /** One of the first keys. */
        RANDOM,
        /** Its income or charges reach the amount chosen. */
        AMOUNT,
        /** The first key of a district that had no report drawn. */
        DISTRICT
    }

    /** A validated report that can be drawn. */
    public record Candidate(long reportId, long cooperativeId, String cooperativeCode, String district, BigDecimal income, BigDecimal charges) {}

    /** A report drawn, with its key and its place. */
    public record Drawn(Candidate report, String key, int rank, Reason reason) {}

    public static List<Drawn> draw(String seed, int sharePercent, BigDecimal aboveAmount, boolean perDistrict, List<Candidate> population) {
        if (sharePercent < 1 || sharePercent > 100) {
            throw new IllegalArgumentException("share " + sharePercent);
        }
        record Keyed(Candidate c, String key) {}
        List<Keyed> keyed = new ArrayList<>(population.size());
        for (Candidate c : population) {
            keyed.add(new Keyed(c, key(seed, c.cooperativeCode())));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.c().cooperativeCode()));
        int random = (int) Math.ceil(population.size() * sharePercent / 100.0);
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            if (i < random) {
                drawn.add(new Drawn(k.c(), k.key(), drawn.size() + 1, Reason.RANDOM));
            } else if (aboveAmount != null && (reaches(k.c().income(), aboveAmount) || reaches(k.c().charges(), aboveAmount))) {
                drawn.add(new Drawn(k.c(), k.key(), drawn.size() + 1, Reason.AMOUNT));
            }
        }
        if (perDistrict) {
            Set<String> covered = new HashSet<>();
            drawn.forEach(d -> covered.add(district(d.report())));
            Set<Long> taken = new HashSet<>();
            drawn.forEach(d -> taken.add(d.report().reportId()));
            for (Keyed k : keyed) {
                String district = district(k.c());
                if (district != null && !taken.contains(k.c().reportId()) && covered.add(district)) {
                    drawn.add(new Drawn(k.c(), k.key(), drawn.size() + 1, Reason.DISTRICT));
                }
            }
        }
        return drawn;
    }

    /** The district as the draw compares it: trimmed, case ignored; null when the school has none. */
    static String district(Candidate c) {
        return c.district() == null || c.district().isBlank() ? null : c.district().trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean reaches(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) >= 0;
    }

    /** The report's key: SHA-256 of "seed:code", in lower-case hexadecimal. */
    public static String key(String seed, String cooperativeCode) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + ":" + cooperativeCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
