package org.coopenligne.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.coopenligne.report.control.ControlDraws.Candidate;
import org.coopenligne.report.control.ControlDraws.Drawn;
import org.coopenligne.report.control.ControlDraws.Reason;
import org.junit.jupiter.api.Test;

/** The control draw: the same seed draws the same reports whatever their order; the share drawn; the amount rule. */
class ControlDrawsTest {

    private static List<Candidate> population(int n) {
        List<Candidate> out = new ArrayList<>();
        Random amounts = new Random(7);
        for (int i = 0; i < n; i++) {
            out.add(new Candidate(i, 1000 + i, String.format("113-%04d", i), "Circonscription " + (i % 17), BigDecimal.valueOf(amounts.nextInt(20_000)), BigDecimal.valueOf(100)));
        }
        return out;
    }

    private static List<String> codes(List<Drawn> drawn) {
        return drawn.stream().map(d -> d.report().cooperativeCode()).toList();
    }

    @Test
    void shouldDrawTheSameReportsFromTheSameSeedWhateverTheirOrder() {
        List<Candidate> reports = population(3000);
        List<Candidate> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(1));
        List<String> first = codes(ControlDraws.draw("4821", 10, null, false, reports));
        assertThat(codes(ControlDraws.draw("4821", 10, null, false, shuffled))).isEqualTo(first);
        assertThat(codes(ControlDraws.draw("4822", 10, null, false, reports))).isNotEqualTo(first);
    }

    @Test
    void shouldDrawTheShareRoundedUpAtRandomInKeyOrder() {
        List<Candidate> reports = population(3000);
        List<Drawn> drawn = ControlDraws.draw("seed-1", 10, null, false, reports);
        assertThat(drawn).hasSize(300).allMatch(d -> d.reason() == Reason.RANDOM);
        assertThat(drawn.stream().map(Drawn::key).toList()).isSorted();
        assertThat(drawn).extracting(Drawn::rank).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 300).boxed().toList());
        // each key is SHA-256 of seed:code, and no report left out has a smaller key than the last drawn
        String last = drawn.get(drawn.size() - 1).key();
        List<String> drawnCodes = codes(drawn);
        assertThat(reports).filteredOn(c -> !drawnCodes.contains(c.cooperativeCode()))
                .allMatch(c -> ControlDraws.key("seed-1", c.cooperativeCode()).compareTo(last) > 0);
        assertThat(ControlDraws.draw("x", 10, null, false, population(12))).hasSize(2); // 1.2 rounded up
        assertThat(ControlDraws.draw("x", 100, null, false, population(12))).hasSize(12);
        assertThat(ControlDraws.draw("x", 10, null, false, List.of())).isEmpty();
        // the key anyone recomputes with: echo -n "4821:038-0107" | sha256sum
        assertThat(ControlDraws.key("4821", "038-0107")).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void shouldAddEveryReportAboveTheAmount() {
        List<Candidate> reports = population(500);
        BigDecimal threshold = new BigDecimal("15000");
        List<Drawn> drawn = ControlDraws.draw("4821", 10, threshold, false, reports);
        List<Drawn> random = drawn.stream().filter(d -> d.reason() == Reason.RANDOM).toList();
        assertThat(codes(random)).isEqualTo(codes(ControlDraws.draw("4821", 10, null, false, reports)));
        long above = reports.stream().filter(c -> c.income().compareTo(threshold) >= 0).count();
        long aboveDrawnAtRandom = random.stream().filter(d -> d.report().income().compareTo(threshold) >= 0).count();
        assertThat(drawn.stream().filter(d -> d.reason() == Reason.AMOUNT).count()).isEqualTo(above - aboveDrawnAtRandom).isPositive();
        assertThat(drawn).filteredOn(d -> d.reason() == Reason.AMOUNT).allMatch(d -> d.report().income().compareTo(threshold) >= 0);
    }

    @Test
    void shouldDrawAtLeastOneReportInEachDistrictWithTheSmallestKeyOfThoseLeft() {
        List<Candidate> reports = new ArrayList<>(population(200)); // 17 districts
        // a district of one school, one with its name typed differently, and schools with no district
        reports.add(new Candidate(900, 1900, "113-0900", "Figeac-Est", BigDecimal.ONE, BigDecimal.ONE));
        reports.add(new Candidate(901, 1901, "113-0901", "  circonscription 3 ", BigDecimal.ONE, BigDecimal.ONE));
        reports.add(new Candidate(902, 1902, "113-0902", null, BigDecimal.ONE, BigDecimal.ONE));
        reports.add(new Candidate(903, 1903, "113-0903", " ", BigDecimal.ONE, BigDecimal.ONE));

        List<Drawn> drawn = ControlDraws.draw("4821", 2, null, true, reports);

        List<Drawn> random = drawn.stream().filter(d -> d.reason() == Reason.RANDOM).toList();
        assertThat(codes(random)).isEqualTo(codes(ControlDraws.draw("4821", 2, null, false, reports)));
        assertThat(random).hasSize(5); // 2 % of 204, rounded up
        java.util.Set<String> districts = new java.util.HashSet<>();
        reports.stream().map(ControlDraws::district).filter(java.util.Objects::nonNull).forEach(districts::add);
        assertThat(districts).hasSize(18); // « circonscription 3 » is « Circonscription 3 »
        // every district has a report drawn, and a district is added only when the random draw left it out
        assertThat(drawn.stream().map(d -> ControlDraws.district(d.report())).filter(java.util.Objects::nonNull).distinct().count()).isEqualTo(18);
        List<Drawn> added = drawn.stream().filter(d -> d.reason() == Reason.DISTRICT).toList();
        long coveredAtRandom = random.stream().map(d -> ControlDraws.district(d.report())).filter(java.util.Objects::nonNull).distinct().count();
        assertThat(added).hasSize((int) (18 - coveredAtRandom)).allMatch(d -> ControlDraws.district(d.report()) != null);
        assertThat(codes(drawn)).contains("113-0900");
        // the one added in a district is its smallest key
        for (Drawn d : added) {
            String district = ControlDraws.district(d.report());
            assertThat(reports).filteredOn(c -> district.equals(ControlDraws.district(c)))
                    .allMatch(c -> ControlDraws.key("4821", c.cooperativeCode()).compareTo(d.key()) >= 0);
        }
        assertThat(drawn).extracting(Drawn::rank).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, drawn.size()).boxed().toList());
    }
}
