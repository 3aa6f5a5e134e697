package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, read from the classpath once per renderer and embedded as a
 * subset in each document.
 * <p>
 * {@link Strategy#SHARED} (the renderer's) parses each font once and shares the parsed
 * {@link TrueTypeFont} between all documents and threads. This is safe because every table is read
 * while the font is built, on one thread: afterwards PDFBox only looks tables up, and the reads it
 * still does from the font data (glyph outlines, table bytes for the subset, PostScript names) are
 * synchronized inside FontBox. Measured on 2 cores, a certificate takes 5.5 ms this way against
 * 10 ms when each document parses its fonts again ({@link Strategy#PARSE_PER_DOCUMENT}, kept for
 * {@code PdfRendererBench} to compare after a PDFBox upgrade), and 2 threads reach the same
 * throughput as with a pool of fonts used by one thread at a time.
 */
final class PdfFonts {

    enum Strategy { SHARED, PARSE_PER_DOCUMENT }

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final Strategy strategy;
    /** The font files, kept only to parse them again for each document (PARSE_PER_DOCUMENT). */
    private final byte[] regularBytes;
    private final byte[] boldBytes;
    private final TrueTypeFont sharedRegular;
    private final TrueTypeFont sharedBold;

    PdfFonts(Strategy strategy) {
        this.strategy = strategy;
        byte[] regular = resource(REGULAR);
        byte[] bold = resource(BOLD);
        if (strategy == Strategy.SHARED) {
            this.sharedRegular = parse(regular);
            this.sharedBold = parse(bold);
            this.regularBytes = null;
            this.boldBytes = null;
        } else {
            this.sharedRegular = null;
            this.sharedBold = null;
            this.regularBytes = regular;
            this.boldBytes = bold;
        }
    }

    /** The two fonts of one document, to embed as subsets when it is saved. */
    DocumentFonts load(PDDocument document) throws IOException {
        TrueTypeFont regular = strategy == Strategy.SHARED ? sharedRegular : parse(regularBytes);
        TrueTypeFont bold = strategy == Strategy.SHARED ? sharedBold : parse(boldBytes);
        return new DocumentFonts(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true),
                regular.getUnicodeCmapLookup(), bold.getUnicodeCmapLookup());
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
    record DocumentFonts(PDType0Font regular, PDType0Font bold, CmapLookup regularCmap, CmapLookup boldCmap) {

        /** Whether both fonts have a glyph for this character. */
        boolean canDisplay(int codePoint) {
            return regularCmap.getGlyphId(codePoint) != 0 && boldCmap.getGlyphId(codePoint) != 0;
        }
    }
}
