package dev.careeragent.resume;

import static dev.careeragent.resume.MadeUpPdf.pdf;
import static dev.careeragent.resume.MadeUpPdf.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;

/** A sidebar layout: the columns are read one after the other, not line by line across the page. */
class TwoColumnLayoutTest {

    @Test
    void readsEachColumnInOrderAndFlagsTheRisk() throws Exception {
        ParsedResume parsed = new ResumeParser().parse(twoColumnPdf(), "two-columns.pdf");
        Resume resume = parsed.resume();

        assertThat(parsed.risks()).extracting(ParseRisk::kind).contains(ParseRisk.Kind.MULTI_COLUMN);
        assertThat(resume.contact().name()).isEqualTo("Maria Kowalska");
        assertThat(resume.contact().email()).isEqualTo("maria@example.com");
        assertThat(resume.skills()).containsExactly("Java", "Kotlin", "SQL", "Docker", "Terraform", "Linux");
        assertThat(resume.languages()).containsExactly("Polish (native)", "German (B2)");
        assertThat(resume.experience()).hasSize(2);
        assertThat(resume.experience().get(0).company()).isEqualTo("Nordic Payments AB");
        assertThat(resume.experience().get(0).title()).isEqualTo("Backend Developer");
        assertThat(resume.experience().get(0).bullets()).hasSize(3)
                .allSatisfy(b -> assertThat(b).doesNotContain("Kotlin", "German"));
    }

    /** Lines set closer than their glyph boxes are tall (tight leading beside a sidebar) keep their own letters. */
    @Test
    void tightlySetLinesBesideASidebarAreNotInterleaved() throws Exception {
        byte[] pdf = pdf((c, regular, bold) -> {
            text(c, regular, 22, 50, 740, "Maria Kowalska");
            String[] side = {"SKILLS", "Java", "Kotlin", "SQL", "Docker", "Linux", "Terraform"};
            String[] main = {"ACHIEVEMENTS", "Fantastic Achievements", "and some detail about it",
                "Settlement service for two million payments a day", "Event streams instead of nightly batches"};
            for (int i = 0; i < side.length; i++) {
                text(c, regular, 10, 50, 700 - 14 * i, side[i]);
            }
            for (int i = 0; i < main.length; i++) {
                text(c, regular, 10, 200, 700 - 6 * i, main[i]); // 6 pt apart with a 10 pt font
            }
        });
        var lines = new dev.careeragent.resume.read.PdfReader().read(pdf, null).lines().stream()
                .map(dev.careeragent.resume.read.TextLine::text).toList();

        assertThat(lines).contains("Fantastic Achievements", "and some detail about it",
                "Settlement service for two million payments a day", "Event streams instead of nightly batches", "Kotlin");
    }

    /** A summary over the full width sits between the name and the columns: the columns are still read apart. */
    @Test
    void columnsUnderAFullWidthSummaryAreReadOneAfterTheOther() throws Exception {
        byte[] pdf = pdf((c, regular, bold) -> {
            text(c, bold, 24, 40, 750, "Tomás Herrera");
            text(c, bold, 12, 40, 728, "ANALISTA DE DATOS");
            for (int i = 0; i < 4; i++) {
                text(c, regular, 10, 40, 700 - 14 * i, "Analista con cinco años de experiencia en reportes, tableros y"
                        + " calidad de datos para empresas del sector " + i);
            }
            String[] left = {"IDIOMAS", "Español (nativo)", "Inglés (C1)", "Francés (B1)", "EDUCACIÓN",
                "Universidad del Valle", "Estadística (2012-2017)", "CONTACTO", "tomas@example.com"};
            String[] right = {"EXPERIENCIA LABORAL", "Analista de Datos - Compañía de", "Alimentos del Norte",
                "(2019-2024)", "Tableros de ventas para veinte tiendas.", "Modelos de demanda semanales.",
                "Asistente de Datos - Banco", "Regional del Sur", "(2017-2019)", "Conciliación de cuentas diaria."};
            for (int i = 0; i < left.length; i++) {
                text(c, i == 0 || i == 4 || i == 7 ? bold : regular, 10, 40, 620 - 15 * i, left[i]);
            }
            for (int i = 0; i < right.length; i++) {
                text(c, regular, 10, 280, 628 - 15 * i, right[i]);
            }
        });
        var lines = new dev.careeragent.resume.read.PdfReader().read(pdf, null).lines().stream()
                .map(dev.careeragent.resume.read.TextLine::text).toList();

        assertThat(lines).containsSequence("Analista de Datos - Compañía de", "Alimentos del Norte", "(2019-2024)")
                .contains("Inglés (C1)", "Estadística (2012-2017)");
    }

    /** A form's labels ("Name, Vorname:") and a dates column beside the text are rows, not a column of their own. */
    @Test
    void aColumnOfFieldLabelsAndDatesStaysBesideItsValues() throws Exception {
        byte[] pdf = pdf((c, regular, bold) -> {
            text(c, bold, 14, 50, 740, "Persönliche Daten");
            String[][] rows = {{"Name, Vorname:", "Krüger, Jonas"}, {"Geburtsdatum:", "3. Mai 1985"},
                {"Geburtsort:", "Kassel"}, {"Familienstand:", "ledig"}, {"Staatsangehörigkeit:", "deutsch"}};
            for (int i = 0; i < rows.length; i++) {
                text(c, regular, 10, 50, 715 - 12 * i, rows[i][0]);
                text(c, regular, 10, 220, 715 - 12 * i, rows[i][1]);
            }
            text(c, bold, 14, 50, 640, "Berufserfahrung");
            String[][] jobs = {{"02/2021 – heute", "Lagerleiter", "Nordkorn Logistik GmbH"},
                {"04/2015 – 01/2021", "Fachkraft für Lagerlogistik", "Weser Spedition KG"}};
            for (int i = 0; i < jobs.length; i++) {
                float y = 615 - 60 * i;
                text(c, regular, 10, 50, y, jobs[i][0]);
                text(c, regular, 10, 220, y, jobs[i][1]);
                text(c, regular, 10, 220, y - 12, jobs[i][2]);
                text(c, regular, 10, 220, y - 24, "Planung der Schichten und Inventur.");
            }
        });
        ParsedResume parsed = new ResumeParser().parse(pdf, "lebenslauf.pdf");

        assertThat(parsed.resume().contact().name()).isEqualTo("Jonas Krüger");
        assertThat(parsed.resume().experience()).extracting(e -> e.title() + " @ " + e.company())
                .containsExactly("Lagerleiter @ Nordkorn Logistik GmbH", "Fachkraft für Lagerlogistik @ Weser Spedition KG");
    }

    private static byte[] twoColumnPdf() throws IOException {
        return pdf((c, regular, bold) -> {
            text(c, bold, 22, 50, 740, "Maria Kowalska");
            text(c, regular, 10, 50, 720, "maria@example.com | +46 70 123 45 67 | Stockholm, Sweden");
            String[] left = {"SKILLS", "Java", "Kotlin", "SQL", "Docker", "Terraform", "Linux", "", "LANGUAGES",
                "Polish (native)", "German (B2)"};
            String[] right = {"EXPERIENCE", "Backend Developer | Nordic Payments AB", "Jan 2021 – Present",
                "• Built the settlement service processing 2 million payments a day",
                "• Moved batch jobs to event streams and cut delays from hours to seconds",
                "• Mentored four developers joining the payments platform team", "",
                "Junior Developer | Baltic Software Sp. z o.o.", "Jul 2018 – Dec 2020",
                "• Wrote reporting features for logistics customers in Java and SQL",
                "• Automated release checks that caught regressions before deployment"};
            float y = 680;
            for (String line : left) {
                text(c, line.equals("SKILLS") || line.equals("LANGUAGES") ? bold : regular, 10, 50, y, line);
                y -= line.isEmpty() ? 8 : 14;
            }
            y = 680;
            for (String line : right) {
                boolean heading = line.equals("EXPERIENCE") || line.contains(" | ");
                text(c, heading ? bold : regular, 10, 200, y, line);
                y -= line.isEmpty() ? 8 : 14;
            }
        });
    }
}
