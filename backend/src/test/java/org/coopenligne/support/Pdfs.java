package org.coopenligne.support;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF's text back, to assert what it prints. Spaces of all kinds become plain spaces. */
public final class Pdfs {

    private Pdfs() {}

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u202F', ' ').replace('\u00A0', ' ');
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF", e);
        }
    }

    /** Each page's text, in order. */
    public static java.util.List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replace('\u202F', ' ').replace('\u00A0', ' '));
            }
            return pages;
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF", e);
        }
    }
}
