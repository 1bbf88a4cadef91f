package dev.careeragent.match;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The occupational field a job title names, roughly the major groups of O*NET/ISCO: what a recruiter reads first.
 * A title can name two fields ("Financial Data Analyst"); a title naming none ("Superstar") is not judged.
 * Skills and text similarity say little across fields (an accountant and a promoter both "work with clients"),
 * the field of the recent titles says a lot.
 */
public enum Occupation {
    // business and financial operations in O*NET: an analyst of the business, risk, credit or budget is one too
    FINANCE("finance and accounting", "account(?:ant|ing)|bookkeep\\w*|audit\\w*|financ\\w*|wealth|tax|controller"
            + "|comptroller|treasur\\w*|bank\\w*|invest\\w*|payroll|credit|loan|actuar\\w*|underwrit\\w*|billing"
            + "|accounts (?:payable|receivable)|(?:business|risk|budget|pricing|equity|management) analysts?"),
    OFFICE("office and administration", "admin|administrative|administration|receptionist|secretar\\w*|office|clerk"
            + "|front desk|data entry|executive assistant|personal assistant", "assistant|coordinator|administrator"),
    CUSTOMER_SERVICE("customer service and retail", "customer|client|retail|store|cashier|shop|call cent\\w*"
            + "|guest services"),
    SALES("sales", "sales(?:m[ae]n|person|people|wom[ae]n)?|business development|account executive|revenue|promot\\w*|merchandis\\w*", "representative"),
    // with the media and communication workers of O*NET 27-3 (reporters, editors, writers)
    MARKETING("marketing and communications", "marketing|pr|public relations|events?|communications?|brand\\w*"
            + "|demand generation|content|social media|journalist|reporter|editor|writer|copywriter"),
    SOFTWARE("software and IT", "software|developer|programmer|devops|sre|site reliability|full[ -]?stack"
            + "|front[ -]?end|back[ -]?end|web|ios|android|platform|firmware|systems? administrator|it support"
            + "|network\\w*|cloud|cyber\\w*|it|sap|erp|data cent(?:re|er)s?"
            // security of systems; a security officer or guard protects premises (O*NET 33-9032)
            + "|(?:it|information|network|application|cloud|data|systems?) security|security (?:engineer|analyst|architect"
            + "|specialist|administrator|operations)"),
    // a data centre is IT's
    DATA("data and research", "data(?! cent(?:re|er))|statistic\\w*|scientist|research\\w*|analytics|quantitative", "analyst"),
    ENGINEERING("engineering and manufacturing", "mechanical|manufactur\\w*|electrical|civil|chemical|industrial"
            + "|process engineer|design engineer|petrochemical|supply chain|automation"
            + "|assembl\\w*|fabricat\\w*|machinist|machine operator", "technician"),
    // installation, maintenance, repair and construction (O*NET 47 and 49)
    TRADES("trades, maintenance and repair", "maintenance|mechanic|mechanics|electrician|welder|welding|plumb\\w*"
            + "|carpent\\w*|hvac|installer|repair\\w*|construction|millwright|roofer|painter|mason|glazier"
            + "|boilermakers?|fitters?|turners?|joiners?|bricklayers?|plasterers?|tilers?|scaffolders?|riggers?|artisans?"),
    // healthcare practitioners and support (O*NET 29 and 31), veterinary assistants included, with the occupational
    // health and safety specialists of O*NET 29-9011 (ISCO 2263: "safety officer", "HSE officer")
    HEALTH("healthcare", "nurs\\w*|physician|hospitals?|hospitalist|doctor|medical|clinic\\w*|pharmac\\w*|therap\\w*|health\\w*"
            + "|(?<!trust and |trust & )safety|hse|ehs"
            + "|dental|caregiver|surg(?:eon|eons|ery|ical)|veterinar\\w*|phlebotom\\w*|sonograph\\w*|radiolog\\w*|paramedic|emt"),
    HOSPITALITY("hospitality and cleaning", "hospitality|chef|cook|waiter|waitress|bartender|hotel|housekeep\\w*|clean\\w*"
            + "|restaurant|kitchen|barista|catering"),
    // transportation and material moving (O*NET 53), with the shipping and inventory clerks of O*NET 43-5071
    LOGISTICS("logistics and driving", "driver|warehouse|logistic\\w*|distribution|delivery|courier|forklift|dispatch\\w*"
            + "|shipping|receiving|inventory|stock|stocker|fulfil\\w*|freight|picker|packer|loader|unloader"
            + "|material handler|truck\\w*|bus|transit|fleet|motorcoach"),
    PEOPLE("human resources", "hr|human resources|recruit\\w*|talent"),
    // legal occupations (O*NET 23)
    LEGAL("legal", "paralegal|attorney|lawyer|legal|counsel|law clerk|solicitor|barrister|litigat\\w*|judge"),
    TEACHING("teaching", "teacher|tutor|lecturer|professor|instructor|educat\\w*");

    /** Fields a recruiter would also consider: the skills carry over. */
    private static final Set<Set<Occupation>> RELATED = Set.of(Set.of(FINANCE, OFFICE), Set.of(FINANCE, DATA),
            Set.of(FINANCE, CUSTOMER_SERVICE), Set.of(SALES, CUSTOMER_SERVICE), Set.of(SALES, MARKETING),
            Set.of(CUSTOMER_SERVICE, OFFICE), Set.of(SOFTWARE, DATA), Set.of(SOFTWARE, ENGINEERING),
            Set.of(ENGINEERING, DATA), Set.of(HOSPITALITY, CUSTOMER_SERVICE), Set.of(MARKETING, CUSTOMER_SERVICE),
            Set.of(PEOPLE, OFFICE), Set.of(TRADES, ENGINEERING), Set.of(LOGISTICS, ENGINEERING), Set.of(LEGAL, OFFICE));

    private final String label;
    private final Pattern words;
    /** Role words every field uses ("assistant", "technician"): they name this field only when no other word does. */
    private final Pattern roleWords;

    Occupation(String label, String words) {
        this(label, words, null);
    }

    Occupation(String label, String words, String roleWords) {
        this.label = label;
        this.words = Pattern.compile("\\b(?:" + words + ")\\b");
        this.roleWords = roleWords == null ? null : Pattern.compile("\\b(?:" + roleWords + ")\\b");
    }

    public String label() {
        return label;
    }

    /** The fields a title names (empty when it names none). */
    public static Set<Occupation> of(String title) {
        Set<Occupation> found = EnumSet.noneOf(Occupation.class);
        if (title == null || title.isBlank()) {
            return found;
        }
        String t = title.toLowerCase(Locale.ROOT);
        for (Occupation o : values()) {
            if (o.words.matcher(t).find()) {
                found.add(o);
            }
        }
        if (found.isEmpty()) {
            // as in O*NET's titles, the word before the role names the field: a medical assistant works in
            // healthcare, a systems administrator in IT, a pharmacy technician in a pharmacy; the role word alone
            // ("Assistant", "Field Technician") falls back to the field it is most often in
            for (Occupation o : values()) {
                if (o.roleWords != null && o.roleWords.matcher(t).find()) {
                    found.add(o);
                }
            }
        }
        return found;
    }

    /** 1 when the fields share one, 0.5 when two are related, 0 when apart; NaN when either side names none. */
    public static double fit(Set<Occupation> job, Set<Occupation> candidate) {
        if (job.isEmpty() || candidate.isEmpty()) {
            return Double.NaN;
        }
        if (job.stream().anyMatch(candidate::contains)) {
            return 1;
        }
        for (Occupation a : job) {
            for (Occupation b : candidate) {
                if (RELATED.contains(Set.of(a, b))) {
                    return 0.5;
                }
            }
        }
        return 0;
    }

    /** "finance and accounting / sales" for the explanation. */
    static String labels(Set<Occupation> fields) {
        return String.join(" / ", fields.stream().map(Occupation::label).toList());
    }
}
