import ClipBenchModel

/// The words the entity rules know: titles and roles, organisation and place heads, and a short
/// gazetteer of countries, capitals and international bodies (general knowledge, not the dataset's
/// registry, which the baseline never reads).
public enum EntityVocabulary {
    /// Titles and roles that come before a person's name: «وزير», «السفير», «المتحدث».
    public static let roleHeads: Set<String> = Set(ArabicMatching.keys("""
        وزير وزيرة نائب نائبة مساعد مساعدة السفير السفيرة سفير الرئيس رئيس رئيسة الرئيسة المتحدث المتحدثة متحدث \
        متحدثة الناطق الناطقة المستشار المستشارة الزعيم المبعوث مبعوث المبعوثة مدير المدير مديرة الملك الأمير الأميرة \
        الشيخ الجنرال العقيد اللواء العميد الدكتور الدكتورة حاكم الحاكم ممثل ممثلة المسؤول المسؤولة مسؤول مسؤولة \
        القائم الأمين النائب البابا المرشد الكاتب الصحفي المراسل
        """))

    /// Words that may continue a role before the name: «باسم», «لدى», «بأعمال», «العام».
    public static let roleConnectors: Set<String> = Set(ArabicMatching.keys("باسم لدى بأعمال لشؤون للشؤون شؤون وزير وزارة رئيس مجلس مساعد"))

    /// Role connectors after which one word belongs to the role whatever it is («لدى واشنطن»).
    public static let roleObjectConnectors: Set<String> = Set(ArabicMatching.keys("باسم لدى لشؤون للشؤون"))

    /// Words that head an organisation's name: «وزارة الخارجية», «وكالة تاس».
    public static let organisationHeads: Set<String> = Set(ArabicMatching.keys("""
        وزارة وكالة منظمة جامعة مجلس حركة حزب شركة صحيفة مؤسسة هيئة جهاز حلف البنك السفارة القنصلية الجيش \
        مركز معهد اتحاد الاتحاد محكمة المحكمة قناة الحكومة الرئاسة الإدارة
        """))

    /// Heads that designate an institution only with a country adjective: «الحكومة الروسية»,
    /// «الإدارة الأميركية» (but not «الإدارة السابقة»).
    public static let countryDesignatedHeads: Set<String> = Set(ArabicMatching.keys("الحكومة الرئاسة الإدارة"))

    /// Organisation heads that take a name which is not an «ال» word («وكالة تاس», «صحيفة بوليتيكو»);
    /// the head is a generic designator, outside the mention: «وكالة تاس» → «تاس».
    public static let namedOrganisationHeads: Set<String> = Set(ArabicMatching.keys("وكالة صحيفة شركة حركة حزب جامعة منظمة قناة مؤسسة"))

    /// Words that designate a treaty or agreement: «اتفاقية ستارت الجديدة».
    public static let treatyHeads: Set<String> = Set(ArabicMatching.keys("اتفاقية معاهدة اتفاق"))

    /// Words that head a place's name: «مدينة إسطنبول», «العاصمة السعودية الرياض».
    public static let placeHeads: Set<String> = Set(ArabicMatching.keys("مدينة العاصمة مقاطعة ولاية محافظة إقليم جزيرة بلدة قرية"))

    /// Frequent verbs and nouns that are never part of a name after a role.
    public static let notNames: Set<String> = Set(ArabicMatching.keys("""
        قال قالت وقال وقالت أكد أكدت وأكد وأكدت أعلن أعلنت وأعلن أشار أشارت وأشار أضاف أضافت وأضاف ذكر ذكرت وذكر \
        أوضح وأوضح أنباء إن أن قد كان كانت يوم أمس امس اليوم بأن بشأن حسب بحسب وفق وفقا إلى خلال بعد قبل عن مع
        """))

    /// Countries, capitals, cities, regions and international bodies, with their types.
    public static let gazetteer: [String: [(keys: [String], type: EntityType)]] = {
        var table: [String: [(keys: [String], type: EntityType)]] = [:]
        func add(_ names: String, _ type: EntityType) {
            for name in names.split(separator: "|") {
                let keys = ArabicMatching.keys(String(name))
                guard let first = keys.first else { continue }
                table[first, default: []].append((keys, type))
            }
        }
        add("""
            روسيا|الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|أوكرانيا|تركيا|\
            السعودية|المملكة العربية السعودية|مصر|الصين|اليابان|الهند|إيران|العراق|سوريا|سورية|لبنان|الأردن|فلسطين|\
            إسرائيل|قطر|الإمارات|الكويت|البحرين|اليمن|ليبيا|تونس|الجزائر|المغرب|السودان|فرنسا|ألمانيا|بريطانيا|\
            المملكة المتحدة|إيطاليا|إسبانيا|بولندا|كوريا الشمالية|كوريا الجنوبية|باكستان|أفغانستان|كندا|المكسيك|\
            البرازيل|نيجيريا|ألبانيا|بيلاروسيا|جورجيا|أوروبا|آسيا|أفريقيا|إفريقيا|موسكو|واشنطن|إسطنبول|اسطنبول|\
            أنقرة|الرياض|جدة|القاهرة|بغداد|دمشق|بيروت|طهران|لندن|باريس|برلين|روما|بكين|طوكيو|كييف|كييف|نيويورك|\
            جنيف|بروكسل|براغ|الدوحة|دبي|أبوظبي|القدس|غزة|صنعاء|الخرطوم|وارسو|مينسك|الشرق الأوسط|سان فرانسيسكو
            """, .location)
        add("""
            الكرملين|البيت الأبيض|الأمم المتحدة|مجلس الأمن|الاتحاد الأوروبي|حلف الناتو|الناتو|حلف شمال الأطلسي|\
            البنتاغون|البنتاجون|رويترز|الجامعة العربية|جامعة الدول العربية|منظمة الصحة العالمية|صندوق النقد الدولي
            """, .organisation)
        add("الحرب العالمية الثانية|الحرب العالمية الأولى|الحرب الباردة|كأس العالم|الألعاب الأولمبية", .miscellaneous)
        for key in table.keys { table[key]?.sort { $0.keys.count > $1.keys.count } }
        return table
    }()

    /// The first word of every gazetteer entry, for clitic stripping.
    public static let gazetteerFirstWords: Set<String> = Set(gazetteer.keys)

    /// Latin-script words of page furniture, never names.
    public static let latinNotNames: Set<String> = Set("newsletter events loader copyright close button logo orange background app store play share menu search home login gmt utc the and of january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(separator: " ").map(String.init))

    /// Latin-script words that make a name an organisation: «Reuters», «Sky News».
    public static let latinOrganisationWords: Set<String> = Set("news agency inc ltd corp press times post tv reuters bbc cnn".split(separator: " ").map(String.init))
}
