/// The words the date rules know: month names (Egyptian/Gulf, Levantine/Iraqi, Maghrebi, English, French,
/// Spanish, Italian, Portuguese, German, Russian; Hijri and Solar Hijri apart), weekdays, units of
/// relative expressions and the qualifiers «الماضي» «المقبل» «الجاري».
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
            // Maghrebi: Algerian and Tunisian (from French) جانفي فيفري أفريل ماي جوان جويلية أوت …
            (1, "جانفي"), (2, "فيفري"), (4, "أفريل افريل"), (5, "ماي"), (6, "جوان"), (7, "جويلية جويليه"), (8, "أوت اوت"),
            // Moroccan: يوليوز غشت شتنبر نونبر دجنبر.
            (7, "يوليوز"), (8, "غشت"), (9, "شتنبر"), (11, "نونبر"), (12, "دجنبر"),
            // French, Spanish, Italian, Portuguese, German.
            (1, "janvier janv enero ene gennaio janeiro januar jänner"),
            (2, "février fevrier févr fevr febrero febbraio fevereiro februar"),
            (3, "mars marzo março marco märz"), (4, "avril avr abril abr aprile"),
            (5, "mai mayo maggio maio"), (6, "juin junio giugno junho juni"),
            (7, "juillet juil julio luglio julho juli"), (8, "août aout agosto"),
            (9, "septembre septiembre setiembre settembre setembro"), (10, "octobre octubre ottobre outubro oktober"),
            (11, "novembre noviembre novembro"), (12, "décembre decembre déc diciembre dic dicembre dezembro dezember"),
            // Russian, genitive (as after a day) and nominative.
            (1, "января январь"), (2, "февраля февраль"), (3, "марта март"), (4, "апреля апрель"), (5, "мая май"),
            (6, "июня июнь"), (7, "июля июль"), (8, "августа август"), (9, "сентября сентябрь"),
            (10, "октября октябрь"), (11, "ноября ноябрь"), (12, "декабря декабрь"),
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
    public static let ambiguousMonths: Set<String> = Set(ArabicMatching.keys(
        "آب ماي أوت اوت may mar jun jul aug sep oct nov dec jan feb apr mars mai ene abr dic déc avr juil janv févr fevr май март"))

    /// Hijri month names, one or two words (محرم … ذو الحجة): dates in this calendar are found but not
    /// converted, since the month's start depends on the moon sighting.
    public static let hijriMonths: [[String]: Int] = {
        var table: [[String]: Int] = [:]
        let names: [(Int, String)] = [
            (1, "محرم"), (2, "صفر"), (3, "ربيع الأول|ربيع الاول"), (4, "ربيع الآخر|ربيع الثاني"),
            (5, "جمادى الأولى|جمادى الاولى|جمادى الأول"), (6, "جمادى الآخرة|جمادى الثانية|جمادى الآخر"),
            (7, "رجب"), (8, "شعبان"), (9, "رمضان"), (10, "شوال"), (11, "ذو القعدة|ذي القعدة"), (12, "ذو الحجة|ذي الحجة"),
        ]
        for (month, variants) in names {
            for variant in variants.split(separator: "|") { table[ArabicMatching.keys(String(variant))] = month }
        }
        return table
    }()

    /// Solar Hijri (Persian) month names, فروردین … اسفند.
    public static let solarHijriMonths: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in ArabicMatching.keys("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند").enumerated() {
            table[name] = index + 1
        }
        return table
    }()

    /// Words between a date and its time: «على الساعة 14:20», «à 18h05», "at 4:15", «às 14h30».
    public static let timeIntroducers: Set<String> = Set(ArabicMatching.keys("على الساعة الساعه at à a um às as las kl ore"))

    /// Words after a time that put it in the afternoon (ص صباحا am; م مساء pm), and the German «Uhr».
    public static let morningMarks: Set<String> = Set(ArabicMatching.keys("ص صباحا صباحاً am"))
    public static let eveningMarks: Set<String> = Set(ArabicMatching.keys("م مساء مساءً مساءا pm"))

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
