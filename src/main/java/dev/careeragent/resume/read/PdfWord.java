package dev.careeragent.resume.read;

/** One word as PDFBox placed it: baseline {@code y} grows down the page, sizes in points. */
record PdfWord(String text, float x, float right, float y, float fontSize, int boldChars, int page) {

    int length() {
        return text.length();
    }
}
