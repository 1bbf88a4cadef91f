package dev.careeragent.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small adversarial files made at test time, one per way a reader was seen to hang or crash: a huge page, a
 * lying page count, deep nesting, long lines that make regexes backtrack, long lists.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** Every hostile resume file by a name saying what it attacks. */
    public static Map<String, byte[]> resumes() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pdf-page-100000000-wide.pdf", widePagePdf());
        files.put("pdf-count-2147483647.pdf", lyingCountPdf());
        files.put("pdf-page-tree-20000-deep.pdf", deepPageTreePdf(20_000));
        files.put("text-100kb-one-line.txt", ("a".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("text-100kb-one-line-dots.txt", ("a-".repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("text-100kb-email-like.txt", ("x.".repeat(25_000) + "@" + "b.".repeat(25_000)).getBytes(StandardCharsets.UTF_8));
        files.put("text-200k-skills.txt", longSkillsText(200_000));
        files.put("json-resume-200k-jobs.json", bigJsonResume(200_000));
        files.put("json-resume-5000-jobs.json", bigJsonResume(5_000));
        files.put("json-resume-wrong-types.json", "{\"basics\":\"Anna\",\"work\":7}".getBytes(StandardCharsets.UTF_8));
        files.put("json-resume-empty.json", "{\"basics\":{}}".getBytes(StandardCharsets.UTF_8));
        files.put("json-resume-deep.json", ("{\"basics\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        files.put("docx-190k-paragraphs.docx", docx(paragraphs(190_000)));
        files.put("docx-2000-nested-tables.docx", docx(nested("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>", 2_000)));
        files.put("docx-nested-sdt.docx", docx(nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 2_000)));
        files.put("docx-20k-nested-sdt-stored.docx", storedDocx(nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000)));
        files.put("docx-200k-deep-elements-stored.docx", storedDocx("<w:p><w:r><w:t>" + "<x>".repeat(200_000) + "Anna"
                + "</x>".repeat(200_000) + "</w:t></w:r></w:p>"));
        files.put("docx-200k-deep-elements.docx", docx("<w:p><w:r><w:t>" + "<x>".repeat(200_000) + "Anna"
                + "</x>".repeat(200_000) + "</w:t></w:r></w:p>"));
        files.put("invalid-utf8.txt", invalidUtf8());
        return files;
    }

    /** A job page of 100,000 nested list items. */
    public static String nestedListPage(int depth) {
        return "<html><head><title>Engineer</title></head><body><h1>Engineer</h1><div class=\"job-description\">"
                + "<ul><li>x".repeat(depth) + "</li></ul>".repeat(depth) + "</div></body></html>";
    }

    private static byte[] widePagePdf() {
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100000000 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>", 1, textStream());
    }

    private static byte[] lyingCountPdf() {
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>", 2147483647, textStream());
    }

    private static String textStream() {
        StringBuilder s = new StringBuilder("BT /F1 11 Tf ");
        for (int row = 0; row < 40; row++) {
            s.append("1 0 0 1 ").append(40 + (row % 2) * 300).append(' ').append(750 - row * 14)
                    .append(" Tm (Anna Nowak worked on things row ").append(row).append(") Tj ");
        }
        return s.append("ET").toString();
    }

    private static byte[] pdf(String page, long count, String content) {
        String font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        return assemble("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>",
                page, "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream", font);
    }

    private static byte[] deepPageTreePdf(int depth) {
        String[] objects = new String[depth + 3];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
        for (int i = 0; i < depth; i++) {
            int self = i + 2;
            String parent = i == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
            objects[i + 1] = "<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>";
        }
        objects[depth + 1] = "<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 612 792] /Contents "
                + (depth + 3) + " 0 R >>";
        objects[depth + 2] = "<< /Length 0 >>\nstream\n\nendstream";
        return assemble(objects);
    }

    /** A PDF with a correct cross-reference table, object n being {@code objects[n-1]}. */
    public static byte[] assemble(String... objects) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] longSkillsText(int items) {
        StringBuilder s = new StringBuilder("Anna Nowak\nanna@example.com\n\nSKILLS\n");
        for (int i = 0; i < items; i++) {
            s.append("• Skill").append(i).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bigJsonResume(int jobs) {
        StringBuilder s = new StringBuilder("{\"basics\":{\"name\":\"Anna Nowak\"},\"work\":[");
        for (int i = 0; i < jobs; i++) {
            s.append(i == 0 ? "" : ",").append("{\"name\":\"Company ").append(i)
                    .append("\",\"position\":\"Java developer\",\"highlights\":[\"Built Java and SQL services ")
                    .append(i).append("\"]}");
        }
        return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String paragraphs(int count) {
        StringBuilder s = new StringBuilder("<w:p><w:r><w:t>SKILLS</w:t></w:r></w:p>");
        for (int i = 0; i < count; i++) {
            s.append("<w:p><w:r><w:t>Skill").append(i).append("</w:t></w:r></w:p>");
        }
        return s.toString();
    }

    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + "<w:p><w:r><w:t>Anna Nowak</w:t></w:r></w:p>" + close.repeat(depth);
    }

    /** As {@link #docx(String)}, stored without compression, so no inflate-ratio guard stops it early. */
    public static byte[] storedDocx(String body) {
        return docx(body, ZipOutputStream.STORED);
    }

    /** A minimal Word document whose body is {@code body} (WordprocessingML). */
    public static byte[] docx(String body) {
        return docx(body, ZipOutputStream.DEFLATED);
    }

    private static byte[] docx(String body, int method) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(method);
            boolean stored = method == ZipOutputStream.STORED;
            put(zip, "[Content_Types].xml", stored, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                    + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", stored, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", stored, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, boolean stored, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        if (!stored) {
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
            return;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] invalidUtf8() {
        byte[] text = "Anna Nowak\nanna@example.com\n\nEXPERIENCE\nJava developer at Acme 2019 - 2023\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(text, text.length + 1);
        out[text.length] = (byte) 0xC3;
        return out;
    }
}
