package dev.careeragent.sources.web;

import java.util.Set;

/** The words that label a job's title, employer and place, in lower case, without their colon. */
final class LabelWords {

    /** Labels in the languages job pages are most often written in (English, German, French, Spanish, Catalan, Dutch,
     * Portuguese, Italian, the Nordic languages, the central and eastern European languages, Turkish, Chinese, Japanese,
     * Korean and Arabic). */
    static final Set<String> TITLE = Set.of("title", "job title", "position title", "vacancy",
            "stellenbezeichnung", "jobtitel", "intitulé du poste", "titre du poste", "puesto", "título del puesto",
            "functietitel", "vacature", "stillingsbetegnelse", "stillingstitel", "befattning", "cargo",
            "název pozice", "nazwa stanowiska", "должность",
            "职位名称", "岗位名称", "職種", "募集職種", "직무", "المسمى الوظيفي", "اسم الوظيفة");
    /** Labels that name the title on some pages and a category or menu entry on others: weaker evidence. */
    static final Set<String> WEAK_TITLE = Set.of("position", "job", "stilling", "poste", "stelle",
            "functie", "tjänst", "posizione",
            "pozice", "pozícia", "stanowisko", "pozíció", "pozisyon", "вакансия", "посада");
    static final Set<String> COMPANY = Set.of("company", "company name", "company's name", "employer",
            "hiring company", "organization", "organisation", "advertiser", "hiring organization", "business",
            "unternehmen", "arbeitgeber", "firma", "entreprise", "société", "employeur", "empresa", "empleador",
            "bedrijf", "werkgever", "organisatie", "virksomhed", "arbejdsgiver", "arbeidsgiver", "företag",
            "arbetsgivare", "azienda", "datore di lavoro", "työnantaja", "yritys", "institution", "institución", "instituição",
            "společnost", "zaměstnavatel", "spoločnosť", "zamestnávateľ", "pracodawca", "nazwa firmy", "cég", "munkáltató",
            "companie", "angajator", "tvrtka", "poslodavac", "podjetje", "delodajalec", "şirket", "işveren",
            "компания", "работодатель", "компанія", "роботодавець",
            "公司名称", "企业名称", "会社名", "企業名", "회사명", "기업명", "الشركة", "جهة العمل", "الجهة", "صاحب العمل");
    static final Set<String> LOCATION = Set.of("location", "job location", "locations", "city",
            "work location", "place of work", "workplace", "office", "based in", "work area", "work place",
            "standort", "arbeitsort", "einsatzort", "dienstort", "ort", "lieu", "lieu de travail", "localisation",
            "ubicación", "ubicacion", "lugar de trabajo", "localidad", "locatie", "standplaats", "werklocatie",
            "placering", "arbejdssted", "arbeidssted", "sted", "arbetsort", "placeringsort", "plats", "sede",
            "località", "localização", "local de trabalho", "sijainti", "työpaikka", "sede di lavoro", "luogo di lavoro",
            "lieu d'affectation", "lieu de travail principal", "ubicació", "localització", "població", "lloc de treball",
            "místo", "místo výkonu práce", "pracoviště", "lokalita", "miesto práce", "miesto výkonu práce",
            "lokalizacja", "miejsce pracy", "munkavégzés helye", "helyszín", "locație", "locația", "loc de muncă",
            "mjesto rada", "lokacija", "kraj dela", "konum", "lokasyon", "çalışma yeri", "место работы",
            "местоположение", "город", "місце роботи", "місто",
            "工作地点", "工作地址", "勤務地", "勤務先", "근무지", "근무지역", "مكان العمل", "الموقع", "المدينة");

    private LabelWords() {
    }
}
