package org.coopenligne.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of certificates for a whole department: the issue asks for 50 PDFs per second or more
 * on a 2-core machine, and a single one in under 250 ms at p99. Left out of {@code mvnw test};
 * run it with {@code bench/pdf/run.sh}.
 * <p>
 * {@code -Dpdf.bench.count=3000}, {@code -Dpdf.bench.threads=2}, and
 * {@code -Dpdf.bench.strategies=SHARED,POOL,PARSE_PER_DOCUMENT} to compare the ways of loading fonts.
 */
@Tag("bench")
class PdfRendererBench {

    private static final int COUNT = Integer.getInteger("pdf.bench.count", 3000);
    private static final int THREADS = Integer.getInteger("pdf.bench.threads", 2);
    private static final int WARM_UP = Integer.getInteger("pdf.bench.warmup", 2000);
    private static final int SINGLE = Integer.getInteger("pdf.bench.single", 500);

    @Test
    void certificatesForAWholeDepartment() throws Exception {
        List<PdfFonts.Strategy> strategies = Arrays.stream(System.getProperty("pdf.bench.strategies", "SHARED").split(","))
                .map(String::strip).map(PdfFonts.Strategy::valueOf).toList();
        System.out.printf(Locale.ROOT, "PDF bench: %d certificates on %d threads, %d warm-up, %d single renders, %d cores, Java %s%n",
                COUNT, THREADS, WARM_UP, SINGLE, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Result production = null;
        for (PdfFonts.Strategy strategy : strategies) {
            Result result = run(strategy);
            System.out.println(result);
            if (strategy == PdfFonts.Strategy.SHARED) {
                production = result;
            }
        }
        if (production != null) {
            assertThat(production.perSecond).as("certificates per second").isGreaterThanOrEqualTo(50);
            assertThat(production.singleP99).as("p99 of a single certificate, ms").isLessThan(250);
        }
    }

    private Result run(PdfFonts.Strategy strategy) throws Exception {
        CertificateData[] data = certificates(200);
        long firstStart = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer(strategy);
        renderer.certificate(data[0]);
        double firstMs = (System.nanoTime() - firstStart) / 1e6;

        runOnThreads(renderer, data, WARM_UP, new long[WARM_UP]);

        // a whole department, on THREADS threads
        long[] underLoad = new long[COUNT];
        long start = System.nanoTime();
        long bytes = runOnThreads(renderer, data, COUNT, underLoad);
        double seconds = (System.nanoTime() - start) / 1e9;

        // single renders, one at a time (what one request waits)
        long[] single = new long[SINGLE];
        for (int i = 0; i < SINGLE; i++) {
            long t = System.nanoTime();
            renderer.certificate(data[i % data.length]);
            single[i] = System.nanoTime() - t;
        }
        Arrays.sort(underLoad);
        Arrays.sort(single);
        return new Result(strategy, firstMs, COUNT / seconds, seconds, bytes / COUNT,
                ms(percentile(single, 50)), ms(percentile(single, 99)), ms(single[single.length - 1]),
                ms(percentile(underLoad, 50)), ms(percentile(underLoad, 99)));
    }

    private static long runOnThreads(PdfRenderer renderer, CertificateData[] data, int count, long[] latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i; (i = next.getAndIncrement()) < count; ) {
                        long s = System.nanoTime();
                        bytes += renderer.certificate(data[i % data.length]).length;
                        latencies[i] = System.nanoTime() - s;
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> f : futures) {
                bytes += f.get(10, TimeUnit.MINUTES);
            }
            return bytes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A department's worth of different certificates, half membership, half insurance. */
    private static CertificateData[] certificates(int n) {
        CertificateData[] data = new CertificateData[n];
        for (int i = 0; i < n; i++) {
            CertificateData.Kind kind = i % 2 == 0 ? CertificateData.Kind.MEMBERSHIP : CertificateData.Kind.INSURANCE;
            CooperativeBlock c = i % 10 == 9 ? PdfFixtures.LONG_NAME_COOPERATIVE : PdfFixtures.DEFAULT_COOPERATIVE;
            String number = String.format(Locale.ROOT, "%04d", i + 1);
            CooperativeBlock coop = new CooperativeBlock("046-" + number, c.schoolName() + " " + number, c.schoolType(),
                    c.addressLine(), c.postalCode(), c.city(), "046" + number + "N", c.mandataireName(), c.mandataireEmail(),
                    c.coSignatories(), c.bankName(), c.bankAccount());
            CertificateData base = PdfFixtures.certificate(kind, coop);
            data[i] = new CertificateData(kind, base.department(), coop, base.schoolYear(), 1 + i % 7, 20 + i % 300,
                    base.propertyValue(), base.instrumentValue(), base.propertyThreshold(), base.instrumentThreshold(),
                    String.format(Locale.ROOT, "25/%04d A", i + 1), base.verificationCode(), base.verificationUrl(), base.issuedOn());
        }
        return data;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private record Result(PdfFonts.Strategy strategy, double firstMs, double perSecond, double seconds,
                          long bytesPerPdf, double singleP50, double singleP99, double singleMax,
                          double loadP50, double loadP99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "PDF bench [%s] first certificate of a new renderer (fonts parsed, cold code): %.0f ms%n"
                            + "PDF bench [%s] throughput: %.1f PDFs/s (%d in %.2f s on %d threads), %d bytes per PDF, "
                            + "latency under load p50 %.1f ms, p99 %.1f ms%n"
                            + "PDF bench [%s] single render: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    strategy, firstMs,
                    strategy, perSecond, COUNT, seconds, THREADS, bytesPerPdf, loadP50, loadP99,
                    strategy, singleP50, singleP99, singleMax);
        }
    }
}
