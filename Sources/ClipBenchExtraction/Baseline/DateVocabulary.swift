/// The words the date rules know: month names (Egyptian/Gulf, Levantine/Iraqi and English),
/// weekdays, units of relative expressions and the qualifiers «الماضي» «المقبل» «الجاري».
///
/// All entries are matching keys (see ``ArabicMatching/key(_:)``).
public enum DateVocabulary {
    /// One-word month names: يناير … ديسمبر with their spelling variants, the one-word Levantine
    /// names, and English names and abbreviations.
    public static let singleWordMonths: [String: Int] = {
        var table: [String: Int] = [:]
        let groups: [(Int, String)] = [
            (1, "يناير"), (2, "فبراير شباط"), (3, "مارس آذار"), (4, "أبريل إبريل ابريل نيسان"),
            (5, "مايو أيار"), (6, "يونيو يونيه حزيران"), (7, "يوليو يوليه تموز"), (8, "أغسطس اغسطس آب"),
            (9, "سبتمبر أيلول"), (10, "أكتوبر اكتوبر"), (11, "نوفمبر"), (12, "ديسمبر"),
            (1, "january jan"), (2, "february feb"), (3, "march mar"), (4, "april apr"), (5, "may"),
            (6, "june jun"), (7, "july jul"), (8, "august aug"), (9, "september sep sept"),
            (10, "october oct"), (11, "november nov"), (12, "december dec"),
        ]
        for (month, names) in groups {
            for name in ArabicMatching.keys(names) { table[name] = month }
        }
        return table
    }()

    /// Two-word Levantine/Iraqi names: كانون الثاني (January) … كانون الأول (December).
    public static let twoWordMonths: [String: [String: Int]] = [
        ArabicMatching.key("كانون"): [ArabicMatching.key("الثاني"): 1, ArabicMatching.key("الأول"): 12],
        ArabicMatching.key("تشرين"): [ArabicMatching.key("الأول"): 10, ArabicMatching.key("الثاني"): 11],
    ]

    /// Month names that are also ordinary words («آب» is also «أب», father; «may»): accepted only
    /// next to a day or a year.
    public static let ambiguousMonths: Set<String> = Set(ArabicMatching.keys("آب may mar jun jul aug sep oct nov dec jan feb apr"))

    /// Weekday names, 1 for Sunday through 7 for Saturday.
    public static let weekdays: [String: Int] = Dictionary(
        [("الأحد", 1), ("الاثنين", 2), ("الإثنين", 2), ("الثلاثاء", 3), ("الأربعاء", 4), ("الخميس", 5), ("الجمعة", 6), ("السبت", 7)]
            .map { (ArabicMatching.key($0.0), $0.1) },
        uniquingKeysWith: { first, _ in first })

    /// Weekday names that are also ordinary words (الأحد «the one», الاثنين «the two»):
    /// accepted only after «يوم».
    public static let ambiguousWeekdays: Set<String> = Set(ArabicMatching.keys("الأحد الاثنين الإثنين"))

    /// What a relative expression counts in.
    public enum Unit: Sendable, Hashable { case day, week, month, year, hour }

    /// Unit words, singular and plural, with the count a dual form («يومين») carries.
    public static let units: [String: (unit: Unit, dual: Bool)] = {
        var table: [String: (unit: Unit, dual: Bool)] = [:]
        let groups: [(Unit, String, String)] = [
            (.day, "يوم أيام ايام يوما يوماً", "يومين"),
            (.hour, "ساعة ساعات دقيقة دقائق", "ساعتين دقيقتين"),
            (.week, "أسبوع أسابيع اسبوع اسابيع", "أسبوعين اسبوعين"),
            (.month, "شهر أشهر شهور", "شهرين"),
            (.year, "سنة سنوات سنين عام أعوام اعوام", "عامين سنتين"),
        ]
        for (unit, singular, dual) in groups {
            for word in ArabicMatching.keys(singular) { table[word] = (unit, false) }
            for word in ArabicMatching.keys(dual) { table[word] = (unit, true) }
        }
        return table
    }()

    /// Whether an expression points back, stays in the current period, or points forward.
    public enum Qualifier: Sendable, Hashable { case past, current, next, none }

    /// «الماضي» «الجاري» «المقبل» and their feminine forms.
    public static let qualifiers: [String: Qualifier] = {
        var table: [String: Qualifier] = [:]
        for word in ArabicMatching.keys("الماضي الماضية المنصرم المنصرمة الفائت الفائتة") { table[word] = .past }
        for word in ArabicMatching.keys("الجاري الجارية الحالي الحالية") { table[word] = .current }
        for word in ArabicMatching.keys("المقبل المقبلة القادم القادمة") { table[word] = .next }
        return table
    }()

    /// Words that introduce a bare month name as a date («في فبراير», «منذ يناير»).
    public static let monthIntroducers: Set<String> = Set(ArabicMatching.keys("في خلال منذ حتى بداية نهاية مطلع أواخر أوائل منتصف شهر وفي in since"))

    /// The period words of «الأسبوع الماضي», «الشهر المقبل», «العام الجاري».
    public static let periods: [String: Unit] = [
        ArabicMatching.key("الأسبوع"): .week, ArabicMatching.key("الشهر"): .month,
        ArabicMatching.key("العام"): .year, ArabicMatching.key("السنة"): .year,
    ]

    /// English ordinal suffixes glued to a day: 27th, 1st.
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
