package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width, measuring with the font that will draw them. Breaks at
 * ordinary spaces only (no-break spaces such as the ones inside "1 157,11 €" hold), honours line
 * feeds, and cuts a word wider than the line (an address, a long email) where it must.
 */
final class TextWrap {

    private TextWrap() {
    }

    /** Width in points of {@code text} drawn with {@code font} at {@code size}. */
    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        float spaceWidth = width(font, size, " ");
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : units(paragraph, font, size, maxWidth)) {
                float wordWidth = width(font, size, word);
                float needed = line.length() == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
                if (needed <= maxWidth) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    List<String> pieces = cut(word, font, size, maxWidth);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    String last = pieces.get(pieces.size() - 1);
                    line.append(last);
                    lineWidth = width(font, size, last);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The paragraph's words, where French typography forbids a break the words are kept together:
     * not before ":", ";", "!", "?", "»" or a lone "-" ("2025 - 2026"), not after "«", "n°" or a lone "-".
     * A group wider than the line falls back to its single words.
     */
    private static List<String> units(String paragraph, PDFont font, float size, float maxWidth) throws IOException {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        List<String> unitWords = new ArrayList<>();
        boolean glueNext = false;
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean glueToPrevious = GLUED_TO_PREVIOUS.contains(word);
            if (unit.length() > 0 && !glueNext && !glueToPrevious) {
                flush(units, unit, unitWords, font, size, maxWidth);
            }
            if (unit.length() > 0) {
                unit.append(' ');
            }
            unit.append(word);
            unitWords.add(word);
            glueNext = GLUED_TO_NEXT.contains(word) || word.endsWith("n°") || word.endsWith("N°");
        }
        if (unit.length() > 0) {
            flush(units, unit, unitWords, font, size, maxWidth);
        }
        return units;
    }

    private static final List<String> GLUED_TO_PREVIOUS = List.of(":", ";", "!", "?", "»", "-", "–");
    private static final List<String> GLUED_TO_NEXT = List.of("«", "n°", "N°", "-", "–");

    private static void flush(List<String> units, StringBuilder unit, List<String> unitWords,
                              PDFont font, float size, float maxWidth) throws IOException {
        if (unitWords.size() > 1 && width(font, size, unit.toString()) > maxWidth) {
            units.addAll(unitWords);
        } else {
            units.add(unit.toString());
        }
        unit.setLength(0);
        unitWords.clear();
    }

    /** Cuts a word too wide for one line into pieces that fit, preferring to cut after "/", "-", "@" or ".". */
    private static List<String> cut(String word, PDFont font, float size, float maxWidth) throws IOException {
        List<String> pieces = new ArrayList<>();
        String rest = word;
        while (width(font, size, rest) > maxWidth) {
            int fit = rest.offsetByCodePoints(0, 1);
            while (fit < rest.length()) {
                int next = rest.offsetByCodePoints(fit, 1);
                if (width(font, size, rest.substring(0, next)) > maxWidth) {
                    break;
                }
                fit = next;
            }
            int cutAt = fit;
            for (int i = fit; i > fit / 2; i--) {
                if ("/-@.".indexOf(rest.charAt(i - 1)) >= 0) {
                    cutAt = i;
                    break;
                }
            }
            pieces.add(rest.substring(0, cutAt));
            rest = rest.substring(cutAt);
        }
        pieces.add(rest);
        return pieces;
    }
}
