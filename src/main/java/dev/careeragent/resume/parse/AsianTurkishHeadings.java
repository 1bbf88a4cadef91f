package dev.careeragent.resume.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careeragent.resume.model.SectionKind;

/**
 * Section headings in Korean and Vietnamese (each language's usual section names, a closed set), and Turkish headings
 * by their grammar: Turkish puts the head noun last, so "Öğretmenlik Deneyimi" or "İlgili Deneyim" (any modifier
 * before "deneyim") opens jobs. Keys are compared as {@link SectionVocabulary#normalise} gives them.
 */
final class AsianTurkishHeadings {

    private static final Map<String, SectionKind> FIXED = new HashMap<>();
    /** Turkish head nouns, bare, plural or possessive ("deneyim", "deneyimler", "deneyimi", "deneyimleri"). */
    private static final Pattern TURKISH_HEAD = Pattern.compile("^(?:\\p{L}+ ){0,2}(?<head>deneyim|tecrube|egitim|ogrenim"
            + "|beceri|yetenek|yetkinlik|dil|sertifika|proje|odul|yayın|yayin|referans)(?:ler|lar)?(?:i|ı|si|sı)?$");
    private static final Map<String, SectionKind> TURKISH_HEADS = Map.ofEntries(Map.entry("deneyim", SectionKind.EXPERIENCE),
            Map.entry("tecrube", SectionKind.EXPERIENCE), Map.entry("egitim", SectionKind.EDUCATION),
            Map.entry("ogrenim", SectionKind.EDUCATION), Map.entry("beceri", SectionKind.SKILLS),
            Map.entry("yetenek", SectionKind.SKILLS), Map.entry("yetkinlik", SectionKind.SKILLS),
            Map.entry("dil", SectionKind.LANGUAGES), Map.entry("sertifika", SectionKind.CERTIFICATIONS),
            Map.entry("proje", SectionKind.PROJECTS), Map.entry("odul", SectionKind.OTHER),
            Map.entry("yayın", SectionKind.OTHER), Map.entry("yayin", SectionKind.OTHER),
            Map.entry("referans", SectionKind.OTHER));

    static {
        // Korean
        put(SectionKind.EXPERIENCE, "경력", "경력사항", "경력 사항", "주요경력", "주요 경력", "상세경력", "세부경력", "세부경력내용",
                "경력기술서", "근무경력", "직장경력", "경력 및 활동");
        put(SectionKind.EDUCATION, "학력", "학력사항", "학력 사항", "교육", "교육사항", "교육/연수", "교육 및 연수", "학력 및 교육");
        put(SectionKind.SKILLS, "기술", "보유기술", "보유 기술", "기술스택", "기술 스택", "스킬", "핵심역량", "역량");
        put(SectionKind.CERTIFICATIONS, "자격증", "자격사항", "자격 사항", "자격");
        put(SectionKind.LANGUAGES, "어학", "어학능력", "어학 능력", "어학사항", "외국어");
        put(SectionKind.PROJECTS, "프로젝트", "주요 프로젝트", "주요프로젝트", "수행 프로젝트", "수행프로젝트");
        put(SectionKind.SUMMARY, "자기소개", "자기소개서", "소개");
        put(SectionKind.OTHER, "수상", "수상내역", "수상경력", "수상내용", "수상 및 출시내역", "병역", "병역사항", "기타활동",
                "대외활동", "활동", "특이사항");
        // Vietnamese
        put(SectionKind.EXPERIENCE, "kinh nghiệm", "kinh nghiệm làm việc", "quá trình làm việc", "kinh nghiệm chuyên môn",
                "lịch sử làm việc");
        put(SectionKind.EDUCATION, "học vấn", "trình độ học vấn", "giáo dục", "quá trình học tập");
        put(SectionKind.SKILLS, "kỹ năng", "kĩ năng", "kỹ năng chuyên môn", "kỹ năng mềm");
        put(SectionKind.PROJECTS, "dự án", "dự án cá nhân", "dự án portfolio", "các dự án");
        put(SectionKind.CERTIFICATIONS, "chứng chỉ", "bằng cấp", "chứng chỉ & giải thưởng");
        put(SectionKind.LANGUAGES, "ngôn ngữ", "ngoại ngữ");
        put(SectionKind.SUMMARY, "mục tiêu", "mục tiêu nghề nghiệp", "giới thiệu", "giới thiệu bản thân", "tóm tắt");
        put(SectionKind.OTHER, "giải thưởng", "hoạt động", "sở thích", "người tham chiếu", "người giới thiệu");
    }

    private static final Set<String> CONTACT = Stream.of("인적사항", "기본사항", "기본정보", "연락처",
            "개인정보", "thông tin liên lạc", "thông tin liên hệ", "liên hệ", "liên lạc", "thông tin cá nhân")
            .map(SectionVocabulary::normalise).collect(Collectors.toUnmodifiableSet());

    private AsianTurkishHeadings() {
    }

    private static void put(SectionKind kind, String... headings) {
        for (String heading : headings) {
            FIXED.putIfAbsent(SectionVocabulary.normalise(heading), kind);
        }
    }

    static boolean isContact(String normalised) {
        return CONTACT.contains(normalised);
    }

    static Optional<SectionKind> kindOf(String normalised) {
        SectionKind fixed = FIXED.get(normalised);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        Matcher turkish = TURKISH_HEAD.matcher(normalised);
        return turkish.matches() ? Optional.of(TURKISH_HEADS.get(turkish.group("head"))) : Optional.empty();
    }
}
