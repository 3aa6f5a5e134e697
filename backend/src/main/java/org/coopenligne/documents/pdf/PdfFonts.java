package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, read from the classpath once per renderer and embedded as a
 * subset in each document.
 */
final class PdfFonts {

    enum Strategy { PARSE_PER_DOCUMENT, SHARED, POOL }

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final Strategy strategy;
    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final TrueTypeFont sharedRegular;
    private final TrueTypeFont sharedBold;
    private final ConcurrentLinkedQueue<TrueTypeFont[]> pool = new ConcurrentLinkedQueue<>();

    PdfFonts(Strategy strategy) {
        this.strategy = strategy;
        this.regularBytes = resource(REGULAR);
        this.boldBytes = resource(BOLD);
        if (strategy == Strategy.SHARED) {
            sharedRegular = parse(regularBytes);
            sharedBold = parse(boldBytes);
        } else {
            sharedRegular = null;
            sharedBold = null;
        }
    }

    /** The fonts of one document; {@link DocumentFonts#close()} when the document has been saved. */
    DocumentFonts load(PDDocument document) throws IOException {
        TrueTypeFont[] pair;
        switch (strategy) {
            case SHARED -> pair = new TrueTypeFont[] {sharedRegular, sharedBold};
            case POOL -> {
                TrueTypeFont[] pooled = pool.poll();
                pair = pooled != null ? pooled : new TrueTypeFont[] {parse(regularBytes), parse(boldBytes)};
            }
            default -> pair = new TrueTypeFont[] {parse(regularBytes), parse(boldBytes)};
        }
        PDType0Font regular = PDType0Font.load(document, pair[0], true);
        PDType0Font bold = PDType0Font.load(document, pair[1], true);
        Runnable release = switch (strategy) {
            case POOL -> () -> pool.offer(pair);
            default -> () -> { };
        };
        return new DocumentFonts(regular, bold, pair[0].getUnicodeCmapLookup(), pair[1].getUnicodeCmapLookup(), release);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Police introuvable dans le classpath : " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a font and reads every table it has, so that later reads from several threads
     * only look up what is already there.
     */
    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // French text needs no ligature; GSUB off keeps every glyph one character.
            ttf.setEnableGsub(false);
            ttf.getName();
            ttf.getNaming();
            ttf.getPostScript();
            ttf.getOS2Windows();
            ttf.getMaximumProfile();
            ttf.getHeader();
            ttf.getHorizontalHeader();
            ttf.getHorizontalMetrics();
            ttf.getIndexToLocation();
            ttf.getGlyph();
            ttf.getCmap();
            ttf.getKerning();
            ttf.getGsub();
            ttf.getVerticalHeader();
            ttf.getVerticalMetrics();
            ttf.getVerticalOrigin();
            ttf.getUnicodeCmapLookup();
            ttf.getNumberOfGlyphs();
            ttf.getUnitsPerEm();
            ttf.getFontBBox();
            ttf.nameToGID("H");
            ttf.getPath("H");
            ttf.getPath("x");
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two fonts embedded in one document. */
    record DocumentFonts(PDType0Font regular, PDType0Font bold, CmapLookup regularCmap, CmapLookup boldCmap,
                         Runnable release) implements AutoCloseable {

        /** Whether both fonts have a glyph for this character. */
        boolean canDisplay(int codePoint) {
            return regularCmap.getGlyphId(codePoint) != 0 && boldCmap.getGlyphId(codePoint) != 0;
        }

        @Override
        public void close() {
            release.run();
        }
    }
}
