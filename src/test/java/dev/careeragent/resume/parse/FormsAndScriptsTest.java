package dev.careeragent.resume.parse;

import static dev.careeragent.resume.parse.BodyLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.TextLine;

/**
 * Rules from the layouts part of set aside 7: form-style CVs (fields in table cells, names in scripts without capitals,
 * bracketed headings) and the section names of Korean, Vietnamese and Turkish CVs. Every text is made up.
 */
class FormsAndScriptsTest {

    private final List<TextLine> lines = new ArrayList<>();

    @Test
    void sectionNamesInKoreanVietnameseAndTurkish() {
        assertThat(SectionVocabulary.kindOf("[경력사항]")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("학력")).contains(SectionKind.EDUCATION);
        assertThat(SectionVocabulary.kindOf("자격증")).contains(SectionKind.CERTIFICATIONS);
        assertThat(SectionVocabulary.kindOf("Quá trình làm việc")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("TRÌNH ĐỘ HỌC VẤN")).contains(SectionKind.EDUCATION);
        // Turkish puts the head last: any modifier before "deneyim" makes a jobs heading
        assertThat(SectionVocabulary.kindOf("SATIŞ DENEYİMİ")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Hemşirelik Tecrübeleri")).contains(SectionKind.EXPERIENCE);
        assertThat(SectionVocabulary.kindOf("Yabancı Diller")).contains(SectionKind.LANGUAGES);
        assertThat(SectionVocabulary.kindOf("Satış Müdürü")).isEmpty();
    }

    @Test
    void aTwoSyllableKoreanHeadingInBracketsOpensItsSection() {
        lines.add(line("정수빈", 22, true, false));
        lines.add(line("[경력]", 12, true, true));
        lines.add(line("(주)한빛물산 영업팀 대리 2019.03 ~ 2022.02", 11, false, false));
        lines.add(line("[학력]", 12, true, true));
        lines.add(line("부산대학교 경영학과 2013.03 ~ 2019.02", 11, false, false));

        Resume r = BodyLines.parse(lines);

        assertThat(r.sections()).extracting(SectionHeading::kind).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
        assertThat(r.experience()).hasSize(1);
    }

    @Test
    void aVietnameseJobSectionIsRead() {
        lines.add(line("Trần Thị Lan", 24, true, false));
        lines.add(line("lan.tran@example.com", 10, false, false));
        lines.add(line("Kinh nghiệm", 13, true, true));
        lines.add(line("Kế toán viên, Công ty May Hòa Bình", 11, true, false));
        lines.add(line("2019 - 2022", 11, false, false));
        lines.add(line("Học vấn", 13, true, true));
        lines.add(line("Đại học Kinh tế Quốc dân, 2015 - 2019", 11, false, false));

        Resume r = BodyLines.parse(lines);

        assertThat(r.experience()).extracting(ExperienceEntry::title).containsExactly("Kế toán viên");
    }

    @Test
    void aNameInAFormsLabelCellAndTheCellBesideIt() {
        lines.add(line("이 력 서", 20, true, false));
        lines.add(line("성명\t박지훈\t생년월일\t1990.01.01", 10, false, false));
        lines.add(line("연락처\t010-1234-5678", 10, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isEqualTo("박지훈");
    }

    @Test
    void aNameUnderItsLabelOnTheLineBelow() {
        lines.add(line("履歴書", 20, true, false));
        lines.add(line("氏 名", 10, true, false));
        lines.add(line("山田花子", 12, false, false));
        lines.add(line("Email\thanako.yamada@example.com", 10, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isEqualTo("山田花子");
    }

    @Test
    void aLetterSpacedNameWithItsRomanFormInBrackets() {
        lines.add(line("Resume", 24, false, false));
        lines.add(line("• 이\t름 : 최 민 준 (CHOI MIN JUN)", 10, false, false));
        lines.add(line("• 생년월일 : 1992 . 05 . 17", 10, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isEqualTo("최민준");
    }

    @Test
    void aHangulNameAloneInTheLargestType() {
        lines.add(line("한지우", 24, false, false));
        lines.add(line("Data Engineer", 11, false, false));
        lines.add(line("Phone\t010 - 9876 - 5432", 10, false, false));
        lines.add(line("Skills", 13, true, true));
        lines.add(line("Python, Spark, Airflow", 10, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isEqualTo("한지우");
    }

    @Test
    void fieldLabelsUnderAContactHeadingAreNotSections() {
        lines.add(line("Marta Quispe", 24, true, false));
        lines.add(line("Contacto", 12, true, true));
        lines.add(line("WHATSAPP", 10, true, false));
        lines.add(line("987654321", 10, false, false));
        lines.add(line("CORREO", 10, true, false));
        lines.add(line("marta.quispe@example.com", 10, false, false));
        lines.add(line("Technical Skills", 10, true, true));
        lines.add(line("Excel, SAP", 10, false, false));
        lines.add(line("Experiencia", 12, true, true));
        lines.add(line("Asistente contable, Grupo Andino 2018 - 2021", 10, false, false));

        Resume r = BodyLines.parse(lines);

        assertThat(r.contact().phone()).isEqualTo("987654321");
        assertThat(r.sections()).extracting(SectionHeading::kind).doesNotContain(SectionKind.OTHER);
    }

    @Test
    void aNameFieldInATableRowAndTheDocumentsTitleAboveIt() {
        lines.add(line("Hoja de Vida", 18, true, false));
        lines.add(line("Datos personales", 12, true, true));
        lines.add(line("Nombre:\t\tLucía Fernanda Rojas Paz.", 11, false, false));
        lines.add(line("Celular:\t987 654 321", 11, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isEqualTo("Lucía Fernanda Rojas Paz");
    }

    @Test
    void theDocumentsTitleIsNeverTheName() {
        lines.add(line("CURRICULUM VITAE", 20, true, false));
        lines.add(line("ventas@example.com", 11, false, false));
        lines.add(line("Experiencia", 12, true, true));
        lines.add(line("Vendedor, Tienda Sol 2019 - 2021", 11, false, false));

        assertThat(BodyLines.parse(lines).contact().name()).isNull();
    }
}
