#!/usr/bin/env python3
"""Writes the baseline's development pages (issue 8) and their manifest.

Every line of every page is written here by hand for ClipBench: the outlets, people, places and events are
invented, and nothing is copied from a real site. What this script adds is only the assembly: each fictional
outlet has a layout of its own (menus, tickers, clocks, banners, related lists, comments, footers) and each page
is an article of its own dropped into one of those layouts. The expected headline and date of each page are the
ones a person reads on it; they were written down with the page, before the baseline's rules were tuned.

Run from the repository root: python3 Tests/Fixtures/pages/write_pages.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------------------
# Arabic navigation vocabulary: sections, and the sub-sections that long menus unfold into.

AR_SECTIONS = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "فن ومشاهير", "ثقافة", "تكنولوجيا",
               "صحة", "منوعات", "مقالات الرأي", "تحقيقات", "فيديو", "صور", "كاريكاتير", "حوادث", "برلمان",
               "جامعات", "طقس", "سيارات", "عقارات", "المرأة", "دين ودنيا", "سياحة وسفر", "ملفات خاصة"]
AR_REGIONS = ["محافظة الريحان", "وادي السدر", "مدينة الزهراء الجديدة", "جزيرة الملح", "سهل العنبر", "مرفأ الصيادين",
              "هضبة الغزلان", "بلدة النخيل", "قرى الساحل", "العاصمة", "الإقليم الشمالي", "الإقليم الجنوبي"]
AR_SPORTS = ["الدوري الممتاز", "كأس الاتحاد", "نادي الشعلة", "نادي النجمة الزرقاء", "نادي الفرسان", "كرة السلة",
             "كرة اليد", "ألعاب القوى", "السباحة", "التنس", "المنتخب الأول", "منتخب الشباب"]
AR_ECONOMY = ["أسعار الذهب", "أسعار العملات", "البورصة", "البنوك", "الطاقة", "الزراعة", "الموانئ", "الاتصالات",
              "ريادة الأعمال", "الضرائب"]
AR_MISC = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "الأرشيف",
           "النسخة المطبوعة", "النشرة البريدية", "وظائف"]


def ar_menu(length, bullet=False, skip_line=True):
    """A navigation menu of `length` lines: sections, each unfolded into its sub-sections."""
    lines = []
    if skip_line:
        lines.append("تخطى قائمة التنقل")
    pools = [AR_REGIONS, AR_SPORTS, AR_ECONOMY, AR_MISC]
    round_number = 0
    while len(lines) < length:
        for index, section in enumerate(AR_SECTIONS):
            if len(lines) >= length:
                break
            lines.append(section)
            pool = pools[(index + round_number) % len(pools)]
            for item in pool[: 2 + (index * 3 + round_number) % 6]:
                if len(lines) >= length:
                    break
                lines.append(item if round_number == 0 else f"{section} - {item}")
        round_number += 1
    if bullet:
        lines = ["  • " + line for line in lines]
    return lines


EN_SECTIONS = ["Home", "World", "Politics", "Business", "Markets", "Technology", "Science", "Health", "Sport",
               "Culture", "Opinion", "Podcasts", "Video", "Weather", "Travel", "Food", "Education", "Climate"]
EN_SUB = ["Latest", "Analysis", "Explainers", "In pictures", "Newsletters", "Live"]


def en_menu(length):
    lines = ["Skip to main content", "Skip to navigation", "Menu", "Search"]
    index = 0
    while len(lines) < length:
        section = EN_SECTIONS[index % len(EN_SECTIONS)]
        lines.append(section)
        for sub in EN_SUB[: 1 + index % 4]:
            if len(lines) < length:
                lines.append(f"{section} {sub.lower()}")
        index += 1
    return lines


def ar_footer(outlet, year):
    return ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام",
            f"جميع الحقوق محفوظة © {outlet} {year}", "تصميم وتطوير قسم التقنية"]


def ar_comments(entries):
    lines = ["التعليقات", f"{len(entries)} تعليقات", "أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال"]
    for name, when, text in entries:
        lines += [name, when, text, "رد"]
    return lines


def ar_share():
    return ["شارك", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "نسخ الرابط", "طباعة"]


def ar_related(title, items, bullet=True):
    lines = [title]
    for headline, when in items:
        if bullet:
            lines.append("  • " + headline)
        else:
            lines.append(headline)
        if when:
            lines.append(when)
    return lines


PAGES = []


def page(name, language, page_class, lines, headline, published, reason=None, note=""):
    PAGES.append({"file": name + ".txt", "language": language, "class": page_class, "lines": lines,
                  "headline": headline, "published": published, "reason": reason, "note": note})


# ---------------------------------------------------------------------------------------------------------
# Arabic pages

h = "محافظ الريحان يفتتح أول محطة لتحلية مياه البحر بالطاقة الشمسية في الإقليم"
page("01_ar_long_menu_bullets", "ar", "long-menu", [
    "بوابة النيل الأخضر",
    *ar_menu(450, bullet=True),
    "الرئيسية", "أخبار محلية", h,
    "كتب: محمود عبد الستار الشافعي",
    "نشر في: الخميس 13 مارس 2025 - 09:30 ص",
    *ar_share(),
    "افتتح محافظ الريحان صباح اليوم أول محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية، بطاقة إنتاجية تبلغ عشرين ألف متر مكعب يوميا، في خطوة قال إنها ستنهي أزمة العطش في قرى الساحل.",
    "وقال المحافظ خلال جولته في المحطة إن المشروع استغرق ثمانية عشر شهرا من العمل المتواصل، وإن المرحلة الثانية ستبدأ مع مطلع العام المقبل.",
    "وأوضح رئيس شركة المياه المهندس كريم الدباغ أن الألواح الشمسية تغطي مساحة تعادل اثني عشر ملعبا لكرة القدم، وأن المحطة لا تحتاج إلى الوقود إلا في حالات الطوارئ.",
    "من جانبهم، عبر أهالي بلدة النخيل عن ارتياحهم لوصول المياه إلى منازلهم بانتظام لأول مرة منذ سنوات.",
    "مراحل المشروع",
    "وتشمل الخطة توسيع شبكة الأنابيب لتصل إلى أربع عشرة قرية، على أن ينتهي العمل فيها قبل الصيف.",
    *ar_related("اقرأ أيضا", [("انقطاع المياه عن ثلاث قرى بسبب أعمال صيانة", "11 مارس 2025"),
                              ("المحافظ يتفقد أعمال رصف الطريق الساحلي", "9 مارس 2025"),
                              ("افتتاح مدرسة جديدة في وادي السدر", "2 مارس 2025")]),
    *ar_comments([("أبو يوسف", "13 مارس 2025", "خبر جميل ونتمنى أن تصل المياه إلى قريتنا أيضا."),
                  ("سلمى", "14 مارس 2025", "متى تبدأ المرحلة الثانية بالضبط؟")]),
    *ar_footer("بوابة النيل الأخضر", 2025),
], h, "2025-03-13T09:30")

h = "انهيار جزئي لجسر المشاة فوق الطريق الدائري دون إصابات"
page("02_ar_clock_ticker", "ar", "ticker-clock", [
    "الثلاثاء 1 ديسمبر 2026 | 10:45",
    "صحيفة الأفق اليومية",
    "عاجل",
    "عاجل | وزير النقل يصل إلى موقع الجسر المنهار",
    "عاجل: " + h,
    "عاجل | إغلاق الطريق الدائري في الاتجاهين حتى إشعار آخر",
    *ar_menu(40),
    h,
    "الأحد 28 نيسان / أبريل 2019 - 14:10",
    "بقلم: رنا الحلبي",
    "انهار جزء من جسر المشاة المقام فوق الطريق الدائري عند مدخل العاصمة ظهر اليوم، من دون أن يسفر ذلك عن أي إصابات، بحسب الدفاع المدني.",
    "وقال شهود عيان إن الجسر كان مغلقا أمام المارة منذ أسبوع بسبب أعمال صيانة، وهو ما حال دون وقوع كارثة.",
    "وأعلنت مديرية المرور إغلاق الطريق في الاتجاهين وتحويل السير إلى الشوارع الفرعية حتى انتهاء عمليات رفع الأنقاض.",
    "وطالب عدد من أعضاء المجلس البلدي بفتح تحقيق عاجل في أسباب الانهيار ومحاسبة الجهة المنفذة.",
    *ar_share(),
    *ar_related("أخبار ذات صلة", [("الأمطار تغلق ثلاثة أنفاق في العاصمة", "27 نيسان / أبريل 2019"),
                                  ("خطة جديدة لصيانة الجسور القديمة", "20 نيسان / أبريل 2019")], bullet=False),
    *ar_footer("صحيفة الأفق", 2019),
], h, "2019-04-28T14:10")

h = "مهرجان الزيتون في سهل العنبر يستقبل ثلاثين ألف زائر في يومه الأول"
page("03_ar_masthead_levant", "ar", "masthead", [
    "جريدة السهل",
    "رئيس مجلس الإدارة : فؤاد منصور العطار",
    "رئيس التحرير : هالة يوسف البيطار",
    *ar_menu(120),
    "ثقافة",
    h,
    "مراسلنا في سهل العنبر - نزار القاضي",
    "28 آب/اغسطس 2013",
    "افتتح في سهل العنبر أمس مهرجان الزيتون السنوي في دورته الحادية عشرة، بمشاركة أكثر من مئتي مزارع وحرفي من القرى المجاورة.",
    "وتضمن اليوم الأول معرضا لمعاصر الزيت التقليدية، وعروضا للدبكة الشعبية، ومسابقة لأفضل زيت بكر.",
    "وقالت رئيسة اللجنة المنظمة ليلى حداد إن عدد الزوار فاق التوقعات، وإن اللجنة تدرس تمديد المهرجان يوما إضافيا.",
    "ويستمر المهرجان حتى نهاية الأسبوع، على أن يختتم بحفل لتكريم المزارعين الفائزين.",
    "مواضيع ذات صلة",
    "موسم قطاف مبكر بسبب الحر",
    "25 آب/اغسطس 2013",
    "أسعار الزيت ترتفع قبل الموسم",
    "19 آب/اغسطس 2013",
    *ar_footer("جريدة السهل", 2013),
], h, "2013-08-28")

h = "إطلاق منصة إلكترونية لحجز مواعيد المستشفيات الحكومية"
page("04_ar_indic_spaced", "ar", "indic-digits", [
    "صحيفة الخليج الأزرق",
    "تسجيل الدخول",
    "اشترك الآن",
    *ar_menu(60, bullet=True),
    h,
    "تاريخ النشر : ١ / ١٢ / ٢٠٢٠ - ٠٨:١٥",
    "الكاتب : سعاد المري",
    "أطلقت وزارة الصحة اليوم منصة إلكترونية جديدة تتيح للمرضى حجز مواعيدهم في المستشفيات الحكومية دون الحاجة إلى الوقوف في الطوابير.",
    "وقالت الوزارة في بيان إن المنصة تعمل على مدار الساعة، وتتيح اختيار الطبيب والعيادة والموعد المناسب.",
    "وأضاف مدير إدارة التحول الرقمي أن المرحلة الأولى تشمل خمسة مستشفيات، على أن تلحق بها بقية المستشفيات خلال ستة أشهر.",
    "ودعت الوزارة المواطنين إلى تحديث بياناتهم قبل استخدام الخدمة.",
    "الأكثر قراءة",
    "١ - ارتفاع درجات الحرارة نهاية الأسبوع",
    "٢ - افتتاح سوق شعبي جديد في جزيرة الملح",
    "٣ - نتائج امتحانات الفصل الأول",
    *ar_footer("صحيفة الخليج الأزرق", 2020),
], h, "2020-12-01T08:15")

h = "الفريق الوطني لكرة اليد يتأهل إلى نصف نهائي البطولة القارية"
page("05_ar_maghreb_julliet", "ar", "maghrebi", [
    "الشروق المغاربي",
    "دخول",
    "حسابي",
    "إنشاء حساب",
    *ar_menu(90),
    "رياضة",
    h,
    "نشر في 12 جويلية 2024 على الساعة 14:20",
    "مراد بن عيسى",
    "تأهل الفريق الوطني لكرة اليد إلى الدور نصف النهائي من البطولة القارية بعد فوزه المثير على منافسه بفارق هدف واحد في اللحظات الأخيرة.",
    "وسجل الحارس الشاب أيمن بلقاسم تصديات حاسمة في الشوط الثاني، واختير أفضل لاعب في المباراة.",
    "وقال المدرب إن لاعبيه أظهروا روحا قتالية كبيرة، وإن الفريق سيستعد جيدا للمباراة المقبلة.",
    "ويلتقي الفريق في نصف النهائي بطل النسخة الماضية يوم الأحد المقبل.",
    "مقالات ذات صلة",
    "المنتخب يبدأ معسكره التحضيري",
    "03 جويلية 2024",
    "قائمة اللاعبين المدعوين للبطولة",
    "28 جوان 2024",
    "التعليقات (2)",
    "كريم - 12 جويلية 2024",
    "مبروك للفريق، أداء رائع.",
    "نادية - 12 جويلية 2024",
    "الحارس كان نجم اللقاء بلا منازع.",
    *ar_footer("الشروق المغاربي", 2024),
], h, "2024-07-12T14:20")

h = "بلدية المرسى تطلق حملة لتنظيف الشواطئ قبل موسم الاصطياف"
page("06_ar_maghreb_fevrier", "ar", "maghrebi", [
    "أصداء الساحل",
    "الأربعاء 26 أوت 2026",
    *ar_menu(35, bullet=True, skip_line=False),
    "  • أخبار وطنية",
    "  • جهات",
    h,
    "الأربعاء 05 فيفري 2025",
    "أطلقت بلدية المرسى حملة واسعة لتنظيف الشواطئ بمشاركة مئات المتطوعين من الجمعيات والمدارس، استعدادا لموسم الاصطياف.",
    "وقال رئيس البلدية إن الحملة تمتد على ثلاثة أسابيع، وتشمل رفع النفايات وتركيب حاويات جديدة وتهيئة الممرات.",
    "وأضاف أن البلدية ستخصص فرقا للمراقبة طيلة الصيف لمنع رمي الفضلات على الرمال.",
    "ورحب السكان بالمبادرة، داعين إلى أن تصبح تقليدا سنويا.",
    "اقرأ أيضا",
    "  • مهرجان الموسيقى يعود في أوت المقبل",
    "  • أمطار غزيرة على الشريط الساحلي في جانفي",
    *ar_footer("أصداء الساحل", 2025),
], h, "2025-02-05")

h = "توزيع عشرة آلاف سلة غذائية على الأسر المحتاجة في العاصمة"
page("07_ar_hijri_gregorian", "ar", "hijri", [
    "صحيفة الرمال",
    "الجمعة ١٢ جمادى الآخرة ١٤٤٨ هـ",
    *ar_menu(70),
    "محليات",
    h,
    "الجمعة ١٤ رمضان ١٤٤٦ هـ - ١٤ مارس ٢٠٢٥ م",
    "الرياض الجديدة - عبد الله الشهري",
    "وزعت جمعية البر الخيرية عشرة آلاف سلة غذائية على الأسر المحتاجة في أحياء العاصمة، ضمن حملتها السنوية في الشهر الفضيل.",
    "وقال المدير التنفيذي للجمعية إن السلال تحتوي على مواد أساسية تكفي الأسرة لشهر كامل.",
    "وشارك في التوزيع أكثر من ثلاثمئة متطوع، عملوا على إيصال السلال إلى المنازل مباشرة.",
    "وأشار إلى أن الجمعية تعتزم إطلاق مرحلة ثانية قبل العيد.",
    *ar_share(),
    *ar_related("أخبار ذات صلة", [("إفطار جماعي لألف صائم في الحي القديم", "١٣ رمضان ١٤٤٦ هـ"),
                                  ("مبادرة لكسوة العيد", "١٠ رمضان ١٤٤٦ هـ")]),
    *ar_footer("صحيفة الرمال", 2025),
], h, "2025-03-14")

h = "حريق يلتهم مخزنا للأخشاب في المنطقة الصناعية"
page("08_ar_relative_only", "ar", "relative-only", [
    "المرصد الإخباري",
    *ar_menu(55, bullet=True),
    h,
    "منذ ساعتين",
    "المرصد - خاص",
    "اندلع حريق ضخم في مخزن للأخشاب بالمنطقة الصناعية فجر اليوم، وهرعت إليه ست سيارات إطفاء تمكنت من السيطرة عليه بعد ثلاث ساعات.",
    "ولم تسجل أي إصابات بشرية، فيما قدرت الخسائر المادية بمئات الآلاف.",
    "وقال مصدر في الدفاع المدني إن التحقيقات الأولية تشير إلى تماس كهربائي.",
    "وكانت المنطقة نفسها قد شهدت حريقا مماثلا العام الماضي.",
    "تابعونا على",
    *ar_related("أخبار ذات صلة", [("حريق محدود في سوق الخضار", "12 يناير 2025"),
                                  ("الدفاع المدني يحذر من المدافئ", "8 يناير 2025"),
                                  ("تدريبات على الإخلاء في المدارس", "3 يناير 2025")]),
    *ar_footer("المرصد الإخباري", 2025),
], h, None, "relative-only", "the article gives only «منذ ساعتين»; the related list's dates are other articles'")

h = "ارتفاع أسعار الخضار في الأسواق الشعبية مع بداية الشتاء"
page("09_ar_dotted_numeric", "ar", "numeric-date", [
    "شبكة النهار",
    "اليوم: 21.11.2026",
    *ar_menu(45),
    h,
    "17.03.2020 | 11:05",
    "شهدت الأسواق الشعبية ارتفاعا ملحوظا في أسعار الخضار مع بداية فصل الشتاء، إذ تضاعف سعر الطماطم خلال أسبوع واحد.",
    "وعزا التجار الارتفاع إلى تراجع الإنتاج بسبب موجة الصقيع التي ضربت المزارع.",
    "وطالب المستهلكون الجهات الرقابية بالتدخل لضبط الأسعار.",
    "في المقابل، توقعت وزارة الزراعة أن تعود الأسعار إلى مستواها الطبيعي خلال أسبوعين.",
    "الأكثر مشاهدة",
    "أمطار ورياح قوية على المرتفعات",
    "16.03.2020",
    "افتتاح معرض الكتاب",
    "15.03.2020",
    *ar_footer("شبكة النهار", 2020),
], h, "2020-03-17T11:05")

h = "جامعة الزهراء تعلن عن منح دراسية لطلاب الهندسة المتفوقين"
page("10_ar_year_first_dotted", "ar", "numeric-date", [
    "بوابة الجامعات",
    "دخول | تسجيل",
    *ar_menu(30, bullet=True),
    "جامعات",
    "2025.05.15",
    h,
    "كتبت: منى القاسم",
    "أعلنت جامعة الزهراء الجديدة عن تخصيص خمسين منحة دراسية كاملة لطلاب كلية الهندسة المتفوقين في العام الدراسي المقبل.",
    "وتشمل المنحة الرسوم الدراسية والسكن الجامعي ومخصصا شهريا للكتب.",
    "وقال عميد الكلية إن الاختيار سيعتمد على المعدل التراكمي ومقابلة شخصية.",
    "ويبدأ التقديم مطلع الشهر المقبل عبر موقع الجامعة.",
    "  • شارك على فيسبوك",
    "  • شارك على تويتر",
    *ar_footer("بوابة الجامعات", 2025),
], h, "2025-05-15")

h = "فرقة المسرح الوطني تعرض مسرحية جديدة عن حياة الصيادين"
page("11_ar_list_item_dateline", "ar", "list-dateline", [
    "مجلة الفنون",
    *ar_menu(80),
    h,
    "  • ثقافة وفنون",
    "  • 24 يوليو 2015",
    "  • 0 تعليق",
    "تعرض فرقة المسرح الوطني ابتداء من الأسبوع المقبل مسرحية جديدة بعنوان «شباك البحر»، تروي حكاية ثلاثة أجيال من الصيادين في مرفأ صغير.",
    "وقال المخرج سامر العلي إن العمل استغرق عاما من البحث والمقابلات مع صيادين قدامى.",
    "ويشارك في المسرحية خمسة عشر ممثلا، بينهم أطفال من أبناء المرفأ.",
    "وتستمر العروض شهرا كاملا على خشبة المسرح الكبير.",
    "مقالات مشابهة",
    "  • معرض للصور القديمة في المتحف",
    "  • 20 يوليو 2015",
    "  • أمسية شعرية في الحديقة العامة",
    "  • 18 يوليو 2015",
    *ar_footer("مجلة الفنون", 2015),
], h, "2015-07-24")

h = "البنك المركزي يخفض سعر الفائدة نصف نقطة مئوية"
page("12_ar_updated_published", "ar", "updated-published", [
    "الاقتصادي اليوم",
    "الأحد 8 يونيو 2025",
    *ar_menu(100, bullet=True),
    h,
    "آخر تحديث: 03 يونيو 2024 - 18:40",
    "تاريخ النشر: 02 يونيو 2024 - 22:05",
    "أيمن فرحات",
    "قرر البنك المركزي خفض سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في أول خفض منذ عامين، مستندا إلى تراجع معدلات التضخم.",
    "وقال محافظ البنك في مؤتمر صحفي إن القرار يهدف إلى دعم الاستثمار وتحفيز الإقراض للشركات الصغيرة.",
    "ورحب اتحاد الغرف التجارية بالقرار، معتبرا أنه سيخفف الأعباء عن المقترضين.",
    "ويتوقع المحللون خفضا إضافيا قبل نهاية العام إذا استمر التضخم في التراجع.",
    *ar_related("الأكثر قراءة", [("أسعار الذهب تتراجع للأسبوع الثالث", "01 يونيو 2024"),
                                 ("البورصة تغلق على ارتفاع", "31 مايو 2024")]),
    *ar_footer("الاقتصادي اليوم", 2024),
], h, "2024-06-02T22:05")

h = "كيف تحمي أطفالك من مخاطر الألعاب الإلكترونية"
page("13_ar_no_date", "ar", "no-date", [
    "موقع العائلة",
    "الثلاثاء 1 ديسمبر 2026 - 10:45",
    *ar_menu(50),
    "المرأة",
    h,
    "إعداد: فريق التحرير",
    "يقضي الأطفال ساعات طويلة أمام الشاشات، ومعها تزداد المخاطر التي قد يتعرضون لها في الألعاب الإلكترونية، من المحتوى العنيف إلى التواصل مع الغرباء.",
    "وينصح المختصون الأهل بوضع قواعد واضحة لوقت اللعب، وتفعيل أدوات الرقابة الأبوية على الأجهزة.",
    "كما يشددون على أهمية الحوار مع الطفل وسؤاله عما يلعبه ومع من يتحدث.",
    "ومن المفيد أن يشارك الأهل أبناءهم اللعب أحيانا، ليتعرفوا على عالمهم عن قرب.",
    "نصائح سريعة",
    "اختر الألعاب المناسبة لعمر طفلك، واقرأ تقييماتها قبل التحميل.",
    *ar_share(),
    "جميع الحقوق محفوظة © 2025 موقع العائلة",
], h, None, "absent", "the article states no date; the top line is the page's clock and the footer gives only a year")

h = "وزير التعليم يعلن موعد امتحانات الثانوية العامة"
page("14_ar_title_with_outlet", "ar", "repeated-title", [
    h + " | صوت المدينة",
    "صوت المدينة",
    *ar_menu(150, bullet=True),
    "أخبار محلية",
    h,
    "صوت المدينة",
    "السبت 10 مايو 2025 09:12 ص",
    "أعلن وزير التعليم اليوم أن امتحانات الثانوية العامة ستبدأ في الخامس عشر من يونيو المقبل وتستمر ثلاثة أسابيع.",
    "وقال الوزير إن الجداول التفصيلية ستنشر على موقع الوزارة خلال أيام، مع إتاحة نماذج استرشادية للطلاب.",
    "وأكد أن الوزارة اتخذت إجراءات مشددة لمنع الغش، بينها كاميرات في جميع اللجان.",
    "ودعا الطلاب وأولياء الأمور إلى الاعتماد على المصادر الرسمية فقط.",
    *ar_related("اقرأ أيضا", [("نتيجة امتحانات النقل في المحافظة", "08 مايو 2025"),
                              ("تعيين ألف معلم جديد", "05 مايو 2025")]),
    *ar_footer("صوت المدينة", 2025),
], h, "2025-05-10T09:12")

h = "افتتاح أكبر مكتبة عامة في الإقليم الشمالي بعد خمس سنوات من البناء"
page("15_ar_sponsored_slashed", "ar", "ticker-clock", [
    "الثلاثاء، 01 ديسمبر 2026",
    "منصة الشمال",
    "  • فكر و فن",
    "  • سياسة",
    "  • مجتمع",
    "  • رياضة",
    "عاجل",
    "عاجل " + h,
    "برعاية مجموعة الواحة للاستثمار",
    *ar_menu(25),
    h,
    "2023/11/09 07:45",
    "تقرير: يوسف الكردي",
    "افتتحت في الإقليم الشمالي أكبر مكتبة عامة في تاريخه، بعد خمس سنوات من أعمال البناء، وتضم أكثر من مئتي ألف كتاب وقاعات للقراءة والبحث.",
    "وتحتوي المكتبة على جناح خاص للأطفال، ومختبر رقمي مفتوح للطلاب مجانا.",
    "وقالت مديرة المكتبة إن المبنى صمم ليكون صديقا للبيئة، ويعتمد على الإضاءة الطبيعية.",
    "وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى العاشرة ليلا.",
    "التعليقات",
    "لا توجد تعليقات",
    *ar_footer("منصة الشمال", 2023),
], h, "2023-11-09T07:45")

h = "مطار الساحل يستقبل أولى رحلات شركة طيران جديدة"
page("16_ar_banners_pm", "ar", "banners", [
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على ذلك.",
    "موافق",
    "الإعدادات",
    "سجل الدخول لمتابعة القراءة",
    "جريدة الموانئ",
    *ar_menu(65),
    h,
    "السبت، 9 أغسطس 2025 08:00 م",
    "بقلم: طارق الجزار",
    "استقبل مطار الساحل مساء اليوم أولى رحلات شركة طيران الأفق الجديدة، قادمة من العاصمة وعلى متنها مئة وعشرون راكبا.",
    "وجرى استقبال الطائرة بمراسم رش المياه التقليدية، بحضور مسؤولي المطار والشركة.",
    "وقال المدير التجاري للشركة إنها ستسير ثلاث رحلات أسبوعيا في البداية، على أن ترتفع إلى رحلة يومية في الشتاء.",
    "ويأمل القائمون على السياحة أن تسهم الرحلات الجديدة في زيادة أعداد الزوار.",
    "اشترك في النشرة البريدية",
    *ar_footer("جريدة الموانئ", 2025),
], h, "2025-08-09T20:00")

h = "شكاوى من انقطاع الإنترنت في أحياء واسعة من المدينة"
page("17_ar_embedded_post_relative", "ar", "embedded-teaser", [
    "المدينة الآن",
    *ar_menu(40, bullet=True),
    h,
    "منذ 3 ساعات",
    "اشتكى سكان أحياء واسعة من المدينة من انقطاع خدمة الإنترنت منذ مساء أمس، ما أثر على أعمال الشركات والطلاب الذين يدرسون عن بعد.",
    "وقالت شركة الاتصالات في بيان إن عطلا في أحد الكوابل الرئيسية وراء الانقطاع، وإن فرقها تعمل على إصلاحه.",
    "ونشر أحد المستخدمين على حسابه:",
    "«لليوم الثاني بلا إنترنت، متى ينتهي هذا؟»",
    "— وليد (@walid_city) 14 فبراير 2025",
    "ووعدت الشركة بتعويض المشتركين عن فترة الانقطاع.",
    *ar_related("أخبار ذات صلة", [("الشركة ترفع أسعار الباقات", "10 فبراير 2025"),
                                  ("إطلاق شبكة الجيل الخامس في العاصمة", "2 فبراير 2025")]),
    *ar_footer("المدينة الآن", 2025),
], h, None, "relative-only", "the article says only «منذ 3 ساعات»; the embedded post and the related list carry other dates")

h = "تساقط الثلوج على المرتفعات للمرة الأولى منذ عقد"
page("18_ar_two_word_month", "ar", "masthead", [
    "الجبل اليوم",
    "المدير المسؤول : وسيم خوري",
    *ar_menu(200),
    h,
    "15 كانون الثاني / يناير 2022",
    "كتب جورج نعمة",
    "تساقطت الثلوج بكثافة على المرتفعات الشرقية للمرة الأولى منذ عشر سنوات، وغطت القرى والطرق بطبقة بلغت سماكتها نصف متر في بعض المناطق.",
    "وأعلنت البلديات حالة الطوارئ، وأرسلت الجرافات لفتح الطرق الرئيسية.",
    "وخرج الأهالي والأطفال إلى الساحات للاحتفال بالثلج رغم البرد القارس.",
    "وتتوقع دائرة الأرصاد استمرار المنخفض الجوي حتى نهاية الأسبوع.",
    "شارك هذا الخبر",
    "أخبار ذات صلة",
    "إقفال المدارس يومين بسبب العاصفة",
    "14 كانون الثاني / يناير 2022",
    *ar_footer("الجبل اليوم", 2022),
], h, "2022-01-15")

h = "إطلاق قمر صناعي محلي لرصد الطقس والزراعة"
page("19_ar_date_above_headline", "ar", "date-above", [
    "الفضاء العربي",
    *ar_menu(260, bullet=True),
    "علوم",
    "2024-10-03 | 16:20",
    h,
    "وكالات",
    "أطلقت وكالة الفضاء الوطنية قمرا صناعيا صغيرا صمم وبني بالكامل في مختبراتها، مهمته رصد الطقس ومتابعة المحاصيل الزراعية.",
    "وقال رئيس الوكالة إن القمر سيرسل أولى صوره خلال أسبوع، وإنه سيخدم المزارعين في التنبؤ بمواسم الجفاف.",
    "وشارك في المشروع أربعون مهندسا شابا من خريجي الجامعات المحلية.",
    "وتخطط الوكالة لإطلاق قمر ثان أكبر حجما خلال عامين.",
    *ar_related("مقالات ذات صلة", [("مرصد فلكي جديد على قمة الجبل", "2024-09-21 | 10:00"),
                                   ("طلاب يصممون روبوتا زراعيا", "2024-09-15 | 12:30")]),
    *ar_footer("الفضاء العربي", 2024),
], h, "2024-10-03T16:20")

h = "متطوعون يزرعون ألف شجرة في حديقة الحي الشرقي"
page("20_ar_short_date_after_body", "ar", "short", [
    h,
    "قام أكثر من مئتي متطوع بزراعة ألف شجرة في حديقة الحي الشرقي، ضمن مبادرة لزيادة المساحات الخضراء في المدينة.",
    "وقال منسق المبادرة إن الأشجار اختيرت من أنواع تتحمل الحرارة وقلة المياه.",
    "وتعهدت البلدية بتوفير الري والرعاية للأشجار خلال سنواتها الأولى.",
    "نشر بتاريخ 7 سبتمبر 2021",
    "شارك",
], h, "2021-09-07")

h = "لماذا نحتاج إلى مدن تمشي فيها الأقدام قبل السيارات؟"
page("21_ar_opinion_comments", "ar", "opinion", [
    "صحيفة الرأي الحر",
    *ar_menu(75, bullet=True),
    "مقالات الرأي",
    h,
    "بقلم: د. نوال السعدي",
    "الإثنين 20 أكتوبر 2025",
    "حين نتأمل خرائط مدننا الحديثة، نجد أنها رسمت من أجل السيارة، لا من أجل الإنسان الذي يسكنها ويمشي في شوارعها كل يوم.",
    "فالأرصفة ضيقة أو مقطوعة، والمسافات بين البيت والمدرسة والسوق لا تقطع إلا بسيارة، وكأن المشي صار ترفا.",
    "إن المدينة التي تحترم المشاة هي مدينة أكثر أمانا وصحة، وأقل تلوثا وضجيجا.",
    "ولعل البداية تكون بقرار بسيط: أن يعطى الرصيف حقه قبل أن يوسع الشارع.",
    *ar_comments([("سامي", "منذ يوم", "مقال في الصميم، شكرا للكاتبة."),
                  ("هدى", "21 أكتوبر 2025", "أتمنى أن يقرأه المسؤولون عن التخطيط.")]),
    *ar_footer("صحيفة الرأي الحر", 2025),
], h, "2025-10-20")

h = "افتتاح سوق للمنتجات الريفية في ساحة البلدة القديمة"
page("22_ar_same_day_teasers", "ar", "teasers-above", [
    "السبت 14 يونيو 2025",
    "أخبار الريف",
    *ar_menu(45),
    "الأخبار الأخيرة",
    "  • مزارعو القمح يبدأون الحصاد",
    "  • 13 يونيو 2025",
    "  • تعاونية جديدة لمربي النحل",
    "  • 13 يونيو 2025",
    "محليات",
    h,
    "12 يونيو 2025 - 11:20",
    "سهى الأيوبي",
    "افتتح في ساحة البلدة القديمة سوق أسبوعي للمنتجات الريفية، يعرض فيه المزارعون والحرفيون منتجاتهم مباشرة للمستهلكين.",
    "ويضم السوق أكثر من ستين كشكا للخضار والأجبان والعسل والمنسوجات اليدوية.",
    "وقالت رئيسة جمعية المزارعات إن السوق يضمن للمنتجين سعرا عادلا بعيدا عن الوسطاء.",
    "وسيفتح السوق كل يوم خميس من الصباح حتى الظهر.",
    *ar_footer("أخبار الريف", 2025),
], h, "2025-06-12T11:20")

# ---------------------------------------------------------------------------------------------------------
# Pages in other languages

h = "Harbour ferry service to resume after six-month repair"
page("23_en_list_item_dateline", "en", "list-dateline", [
    "We use cookies to improve your experience. Accept all cookies",
    "Manage preferences",
    *en_menu(80),
    "  • Share on facebook",
    "  • Share on twitter",
    h,
    "By Hannah Ellery",
    "  • 24 July 2015",
    "The ferry linking the old harbour to the island of Marrow Point will run again from next Monday, six months after a collision left its hull badly damaged.",
    "The operator said the vessel had passed its final safety inspection and that timetables would return to the summer schedule.",
    "Residents of the island, who have relied on a smaller replacement boat, welcomed the news but asked for more evening crossings.",
    "The council said it would review the timetable in September.",
    "Related",
    "  • Island traders count cost of ferry closure",
    "  • 2 July 2015",
    "  • New pier lights installed at harbour",
    "  • 28 June 2015",
    "© 2015 The Harbour Gazette. All rights reserved.",
    "Privacy policy",
    "Terms of use",
], h, "2015-07-24")

h = "City council approves plan for a car-free market street"
page("24_en_published_updated", "en", "updated-published", [
    "Skip to main content",
    "The Linton Observer",
    "Tuesday, 1 December 2026",
    *en_menu(40),
    "Sign in",
    "Subscribe",
    "Local news",
    h,
    "Published March 3, 2021 at 4:15 p.m. | Updated March 4, 2021 at 9:00 a.m.",
    "By Oliver Brandt",
    "Linton's market street will be closed to cars on weekends from the summer under a plan approved by the city council on Wednesday night.",
    "The vote passed by nine votes to four after a long debate about deliveries and parking for the street's shops.",
    "Traders will be able to load and unload before ten in the morning, and disabled drivers keep their access.",
    "A review of the trial is planned for the end of the year.",
    "More from Local news",
    "Library opening hours extended",
    "March 2, 2021",
    "© 2021 The Linton Observer",
], h, "2021-03-03T16:15")

h = "Storm brings down power lines across the northern valleys"
page("25_en_relative_only", "en", "relative-only", [
    "Skip to main content",
    "Valley Now",
    *en_menu(60),
    h,
    "2 hours ago",
    "Thousands of homes in the northern valleys are without electricity after a storm brought down power lines overnight.",
    "Engineers have been sent to the worst-hit villages, the grid operator said, but some repairs could take until tomorrow.",
    "Schools in three villages have closed for the day.",
    "Residents are asked to report fallen lines and keep away from them.",
    "You may also like",
    "Flood warnings lifted for the river towns",
    "12 January 2025",
    "Winter gritting routes announced",
    "5 January 2025",
    "© Valley Now",
], h, None, "relative-only", "the article says only '2 hours ago'; the teasers' dates are other articles'")

h = "La médiathèque de Saint-Aurel rouvre ses portes après deux ans de travaux"
page("26_fr_publie_mis_a_jour", "fr", "updated-published", [
    "Aller au contenu principal",
    "Le Courrier du Lac",
    "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
    "Paramétrer",
    "Accueil", "Actualités", "Région", "Économie", "Sports", "Culture", "Loisirs", "Vidéos", "Annonces", "Météo",
    "Se connecter", "S'abonner",
    "Culture",
    h,
    "Par Claire Vautrin",
    "Publié le 3 février 2025 à 18h05 Mis à jour le 4 février 2025 à 09h12",
    "Après deux ans de travaux, la médiathèque de Saint-Aurel a rouvert ses portes samedi, avec un espace jeunesse agrandi et une salle dédiée aux jeux vidéo.",
    "Le maire a salué un lieu qui sera ouvert sept jours sur sept, une première dans le département.",
    "Les habitants étaient nombreux à patienter devant l'entrée dès l'ouverture.",
    "Lire aussi",
    "Le festival du lac dévoile sa programmation",
    "28 janvier 2025",
    "© Le Courrier du Lac 2025",
], h, "2025-02-03T18:05")

h = "Les pêcheurs du port de Kervel inquiets face à la hausse du gazole"
page("27_fr_slashed", "fr", "numeric-date", [
    "Ouest Marée",
    "Menu", "Rechercher", "Accueil", "Mer", "Ports", "Économie", "Société", "Sports", "Loisirs", "Agenda",
    h,
    "Le 12/05/2023 à 07:30",
    "Yann Le Gall",
    "Les patrons pêcheurs du port de Kervel ont tenu une réunion jeudi soir pour alerter sur la hausse du prix du gazole, qui pèse lourdement sur leurs comptes.",
    "Certains envisagent de laisser leurs bateaux à quai quelques jours par semaine.",
    "La coopérative demande une aide d'urgence à la région.",
    "Partager", "Facebook", "Twitter", "E-mail",
    "Mentions légales",
], h, "2023-05-12T07:30")

h = "El ayuntamiento de Valdeloma abre un nuevo parque junto al río"
page("28_es_de_mayo", "es", "month-name", [
    "Saltar al contenido",
    "El Faro del Sur",
    "Portada", "Local", "Provincia", "España", "Mundo", "Economía", "Deportes", "Cultura", "Opinión", "Vídeos",
    "Iniciar sesión", "Suscríbete",
    h,
    "Redacción",
    "Publicado el 5 de mayo de 2024 - 13:40",
    "El ayuntamiento de Valdeloma ha abierto este domingo un nuevo parque de cuatro hectáreas en la orilla del río, con zonas de juego, huertos urbanos y un carril para bicicletas.",
    "La alcaldesa explicó que la obra ha costado menos de lo previsto gracias a los fondos regionales.",
    "Los vecinos llenaron el parque desde primera hora de la mañana.",
    "Noticias relacionadas",
    "Valdeloma renueva el alumbrado del casco antiguo",
    "28 de abril de 2024",
    "© El Faro del Sur",
], h, "2024-05-05T13:40")

h = "Los olivareros de la comarca esperan una cosecha récord"
page("29_es_abbreviated", "es", "month-name", [
    "Diario de la Sierra",
    "Martes, 1 de diciembre de 2026",
    "Portada", "Comarca", "Campo", "Sucesos", "Deportes", "Cultura", "Agenda", "Esquelas",
    "Campo",
    h,
    "J. M. Albarrán",
    "Sierra Alta, 17 mar 2020",
    "Las cooperativas de la comarca prevén una cosecha de aceituna un treinta por ciento mayor que la del año pasado, gracias a las lluvias del otoño.",
    "Los agricultores temen, sin embargo, que los precios bajen si la producción nacional también crece.",
    "La campaña empezará a mediados de noviembre.",
    "Compartir",
    "Lo más leído",
    "Un incendio arrasa diez hectáreas de pinar",
    "© Diario de la Sierra",
], h, "2020-03-17")

h = "Neue Straßenbahnlinie verbindet Nordstadt mit dem Hauptbahnhof"
page("30_de_dotted_uhr", "de", "numeric-date", [
    "Zum Inhalt springen",
    "Nordstadt Kurier",
    "Startseite", "Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Freizeit", "Service",
    "Anmelden", "Abo",
    "Lokales",
    h,
    "Veröffentlicht am 12.03.2024, 08:15 Uhr",
    "Von Katrin Wehling",
    "Seit Montag fährt die neue Straßenbahnlinie 7 im Zehn-Minuten-Takt von der Nordstadt zum Hauptbahnhof.",
    "Die Stadtwerke rechnen mit täglich rund zwölftausend Fahrgästen.",
    "Anwohner hatten jahrelang für die Verbindung gekämpft.",
    "Mehr zum Thema",
    "Baustelle am Ring: Umleitungen ab Mai",
    "05.03.2024",
    "Impressum", "Datenschutz",
], h, "2024-03-12T08:15")

h = "Brauerei am Marktplatz feiert ihr hundertjähriges Bestehen"
page("31_de_month_name", "de", "month-name", [
    "Tageblatt Lindenau",
    "Menü", "Suche", "Lokales", "Kreis", "Sport", "Kultur", "Leserbriefe",
    h,
    "17. März 2020",
    "Die Brauerei am Marktplatz hat am Wochenende mit einem großen Fest ihr hundertjähriges Bestehen gefeiert.",
    "Der Inhaber führte Besucher durch die alten Gewölbekeller und zeigte die erste Braupfanne aus dem Gründungsjahr.",
    "Zum Jubiläum gibt es ein eigenes Festbier.",
    "Kommentare (3)",
    "Jens M. — 18. März 2020",
    "Schönes Fest, gerne wieder!",
    "© Tageblatt Lindenau",
], h, "2020-03-17")

h = "В Заречье открыли новый мост через реку Светлую"
page("32_ru_month_genitive", "ru", "month-name", [
    "Вечерний Причал",
    "Главная", "Новости", "Город", "Область", "Экономика", "Спорт", "Культура", "Видео",
    "Войти",
    h,
    "14 марта 2025, 10:30",
    "Автор: Ирина Соколова",
    "В Заречье после двух лет строительства открыли новый мост через реку Светлую, который соединил два района города.",
    "По словам мэра, мост сократит дорогу до центра почти на двадцать минут.",
    "Первыми по мосту прошли школьники и ветераны.",
    "Читайте также",
    "Ремонт набережной завершат к лету",
    "10 марта 2025",
    "© Вечерний Причал",
], h, "2025-03-14T10:30")

h = "青山市图书馆推出夜间阅读服务"
page("33_zh_nian_yue_ri", "zh", "cjk", [
    "青山日报",
    "首页", "新闻", "本地", "经济", "体育", "文化", "视频", "登录",
    h,
    "2025年1月13日 10:20",
    "来源：青山日报",
    "青山市图书馆从本周起推出夜间阅读服务，每周五和周六开放至晚上十一点。",
    "馆长表示，这项服务是应许多上班族读者的要求而设立的。",
    "开放首晚，阅览室座无虚席。",
    "相关新闻",
    "青山市新建三座社区书屋",
    "2025年1月6日",
    "版权所有 © 青山日报",
], h, "2025-01-13T10:20")

h = "بازگشایی بازار سنتی شهر کوهسار پس از بازسازی"
page("34_fa_solar_hijri", "fa", "solar-hijri", [
    "خبرگزاری کوهسار",
    "صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "ورود",
    h,
    "۲۴ اسفند ۱۴۰۳ - ۱۰:۳۰",
    "بازار سنتی شهر کوهسار پس از دو سال بازسازی امروز با حضور مردم و مسئولان محلی بازگشایی شد.",
    "در این بازار بیش از صد مغازه قدیمی مرمت شده و سقف‌های آجری آن به شکل اولیه بازگشته است.",
    "کسبه امیدوارند رونق بازار پیش از نوروز بازگردد.",
    "اخبار مرتبط",
    "جشنواره صنایع دستی در کوهسار",
    "۱۸ اسفند ۱۴۰۳",
    "کلیه حقوق محفوظ است",
], h, "2025-03-14T10:30")

h = "港町の商店街に新しい市場がオープン"
page("35_ja_nen_gatsu_nichi", "ja", "cjk", [
    "みなと新聞",
    "ホーム", "ニュース", "地域", "経済", "スポーツ", "文化", "ログイン",
    h,
    "2024年11月2日 18時05分",
    "港町の商店街に、地元の野菜や魚を売る新しい市場が２日、オープンした。",
    "初日は開店前から長い列ができ、昼過ぎには多くの品が売り切れた。",
    "商店街の会長は、にぎわいを取り戻すきっかけにしたいと話した。",
    "関連記事",
    "商店街に無料の休憩所",
    "2024年10月20日",
    "Copyright © みなと新聞",
], h, "2024-11-02T18:05")

h = "Il borgo di Valfonda riapre il vecchio mulino ai visitatori"
page("36_it_pubblicato", "it", "month-name", [
    "Gazzetta di Valfonda",
    "Home", "Cronaca", "Provincia", "Economia", "Sport", "Cultura", "Accedi", "Abbonati",
    h,
    "Pubblicato il 9 aprile 2024",
    "di Marco Zanetti",
    "Dopo dieci anni di abbandono, il vecchio mulino di Valfonda torna a girare e apre le porte ai visitatori ogni fine settimana.",
    "Il restauro è stato finanziato da una raccolta fondi tra gli abitanti del borgo.",
    "All'inaugurazione hanno partecipato centinaia di persone.",
    "Leggi anche",
    "Sagra della castagna, le date",
    "2 aprile 2024",
    "© Gazzetta di Valfonda",
], h, "2024-04-09")

h = "Feira do livro de Porto Alvo bate recorde de visitantes"
page("37_pt_publicado_em", "pt", "month-name", [
    "Jornal do Alvo",
    "Início", "Cidade", "Região", "Economia", "Desporto", "Cultura", "Entrar",
    h,
    "Publicado em 21 de outubro de 2023 às 14h30",
    "Por Inês Carvalho",
    "A feira do livro de Porto Alvo recebeu mais de quarenta mil visitantes em cinco dias, um recorde desde a sua criação.",
    "Os organizadores destacaram a presença de escolas de toda a região.",
    "A próxima edição já tem datas marcadas.",
    "Leia também",
    "Biblioteca municipal alarga horário",
    "15 de outubro de 2023",
    "© Jornal do Alvo",
], h, "2023-10-21T14:30")

# ---------------------------------------------------------------------------------------------------------
# A fresh batch, written after the rules were rebuilt and scored once before any further change: layouts the
# rules were not written for (a standfirst, byline and date on one line, a sidebar above the headline, a
# second article below the first, Moroccan month names, a paywall, US-style abbreviations).

FRESH = []


def fresh(*arguments, **keywords):
    page(*arguments, **keywords)
    FRESH.append(PAGES[-1]["file"])


h = "مجلس المدينة يقر خطة لتوسيع شبكة الحافلات الكهربائية"
fresh("38_ar_standfirst_byline_date", "ar", "standfirst", [
    "المدينة اليوم",
    *ar_menu(300, bullet=True),
    h,
    "الخطة تشمل مئة حافلة جديدة وأربعة خطوط تربط الأحياء الطرفية بوسط المدينة خلال عامين.",
    "بقلم: سامر ناصيف | 3 أبريل 2024 - 10:15",
    "أقر مجلس المدينة في جلسته الأسبوعية خطة لتوسيع شبكة الحافلات الكهربائية، بكلفة تقارب أربعين مليونا، على أن يبدأ التنفيذ في الخريف.",
    "وقال رئيس المجلس إن الخطوط الجديدة ستخدم أكثر من مئتي ألف ساكن لا تصلهم المواصلات العامة حاليا.",
    "واعترض عضوان على الكلفة، مطالبين بطرح المشروع في مناقصة علنية.",
    "ومن المنتظر أن تصل الدفعة الأولى من الحافلات مطلع العام المقبل.",
    *ar_related("أخبار ذات صلة", [("تعرفة جديدة لمواقف السيارات", "1 أبريل 2024")]),
    *ar_footer("المدينة اليوم", 2024),
], h, "2024-04-03T10:15")

h = "وزير المالية: لا ضرائب جديدة على الرواتب هذا العام"
fresh("39_ar_sidebar_above_caption", "ar", "teasers-above", [
    "الاقتصاد والناس",
    *ar_menu(60),
    "الأكثر قراءة",
    "  • ارتفاع أسعار الوقود مطلع الشهر",
    "  • 20 / 09 / 2023",
    "  • البنوك تمدد ساعات العمل",
    "  • 19 / 09 / 2023",
    "الرئيسية › اقتصاد › محليات",
    h,
    "نُشر في ٢٢ / ٠٩ / ٢٠٢٣",
    "صورة أرشيفية لمبنى الوزارة",
    "أكد وزير المالية أمام البرلمان أن الموازنة الجديدة لن تتضمن أي ضرائب إضافية على رواتب الموظفين، رغم العجز المتوقع.",
    "وأوضح أن الحكومة ستعتمد على ترشيد الإنفاق وتحسين تحصيل الضرائب القائمة.",
    "ورحبت النقابات بالتصريح، لكنها طالبت بضمانات مكتوبة.",
    "ويناقش البرلمان الموازنة الأسبوع المقبل.",
    *ar_footer("الاقتصاد والناس", 2023),
], h, "2023-09-22")

h = "أمطار غزيرة تغرق الأسواق"
fresh("40_ar_short_headline_long_comments", "ar", "comments-heavy", [
    "نبض الشارع",
    *ar_menu(40, bullet=True),
    h,
    "١٨-١١-٢٠٢٤",
    "غمرت مياه الأمطار الغزيرة أسواق وسط المدينة صباح اليوم، وأتلفت بضائع عشرات المحال.",
    "وقال تجار إن قنوات التصريف مسدودة منذ أشهر رغم الشكاوى المتكررة.",
    "وأرسلت البلدية مضخات لسحب المياه من الشوارع المنخفضة.",
    "التعليقات",
    "مواطن غاضب",
    "كل عام نفس المشكلة ونفس الوعود، ولا أحد يتحرك إلا بعد أن تغرق المحال وتضيع أرزاق الناس، نريد حلا جذريا لقنوات التصريف وليس مضخات مؤقتة كل شتاء.",
    "أم خالد",
    "ابني يعمل في محل أقمشة في السوق القديم وخسر صاحب المحل بضاعة بآلاف، من سيعوض هؤلاء التجار الصغار الذين لا يملكون تأمينا على محالهم؟",
    "تاجر قديم",
    "منذ عشرين سنة وأنا في هذا السوق، وكانت القنوات تنظف قبل كل شتاء، أما اليوم فلا أحد يهتم بالصيانة إلا على الورق وفي التصريحات الصحفية.",
    *ar_footer("نبض الشارع", 2024),
], h, "2024-11-18")

h = "افتتاح المعرض الجهوي للصناعة التقليدية بمشاركة مئتي حرفي"
fresh("41_ar_moroccan_months", "ar", "maghrebi", [
    "أخبار الجهة",
    "الجمعة 29 دجنبر 2024",
    *ar_menu(80),
    h,
    "الجمعة 15 نونبر 2024 - 12:45",
    "افتتح صباح اليوم المعرض الجهوي للصناعة التقليدية بمشاركة مئتي حرفي يعرضون الزرابي والخزف والنحاس والجلد.",
    "وقال المنظمون إن المعرض يهدف إلى فتح أسواق جديدة للحرفيين الشباب.",
    "ويستمر المعرض عشرة أيام، مع ورشات يومية لتعليم الأطفال.",
    "مقالات ذات صلة",
    "دعم جديد للتعاونيات النسائية",
    "12 نونبر 2024",
    *ar_footer("أخبار الجهة", 2024),
], h, "2024-11-15T12:45")

h = "فريق الشعلة يتوج بلقب الدوري بعد فوزه في الجولة الأخيرة"
fresh("42_ar_font_controls", "ar", "date-above", [
    "ملاعب",
    *ar_menu(50, bullet=True),
    "10 أغسطس 2022 | 18:30",
    "A A A",
    h,
    "توج فريق الشعلة بلقب الدوري الممتاز للمرة الثالثة في تاريخه، بعد فوزه على مضيفه بهدفين دون رد في الجولة الأخيرة.",
    "وسجل هدفي اللقاء المهاجم رامي عبود في الشوط الثاني.",
    "وخرجت الجماهير إلى الشوارع احتفالا باللقب حتى ساعات الفجر.",
    *ar_share(),
    *ar_footer("ملاعب", 2022),
], h, "2022-08-10T18:30")

h = "متحف المدينة يعرض مخطوطات نادرة للمرة الأولى"
fresh("43_ar_english_chrome", "ar", "mixed-script", [
    "Home", "News", "Sports", "Culture", "Opinion", "Login", "Subscribe",
    "Culture",
    h,
    "Aug 10, 2022",
    "يعرض متحف المدينة ابتداء من اليوم مجموعة من المخطوطات النادرة التي لم تعرض على الجمهور من قبل، بينها مصاحف مزخرفة وكتب في الطب والفلك.",
    "وقالت أمينة المتحف إن المخطوطات خضعت لعملية ترميم دقيقة استمرت ثلاث سنوات.",
    "ويستمر المعرض حتى نهاية العام.",
    "Share", "Facebook", "Twitter",
    "© 2022 City Museum News",
], h, "2022-08-10")

h = "إصابة ثلاثة أشخاص في حادث تصادم على الطريق السريع"
fresh("44_ar_yesterday_dateline", "ar", "relative-only", [
    "الأحد 1 ديسمبر 2026",
    "طريق نيوز",
    *ar_menu(70),
    h,
    "أمس",
    "أصيب ثلاثة أشخاص بجروح متوسطة في حادث تصادم بين شاحنة وسيارة على الطريق السريع، ونقلوا إلى المستشفى.",
    "وقالت الشرطة إن الشاحنة انحرفت عن مسارها بسبب السرعة الزائدة.",
    "وتسبب الحادث في ازدحام مروري امتد عدة كيلومترات.",
    "أخبار ذات صلة",
    "حملة لمراقبة السرعة على الطرق",
    "منذ 4 ساعات",
    "إغلاق مؤقت لمخرج المطار",
    "3 نوفمبر 2026",
    *ar_footer("طريق نيوز", 2026),
], h, None, "relative-only", "the article says only «أمس»; the clock and the related list carry other dates")

h = "افتتاح عيادة متنقلة لخدمة القرى الجبلية"
fresh("45_ar_next_article_below", "ar", "two-articles", [
    "صحة وحياة",
    *ar_menu(45, bullet=True),
    h,
    "7 مارس 2023",
    "بدأت عيادة متنقلة جولاتها في القرى الجبلية النائية، لتقديم الفحوص الأساسية واللقاحات للأهالي.",
    "وقال الطبيب المسؤول إن العيادة ستزور كل قرية مرة في الشهر.",
    "المقال التالي",
    "حملة وطنية للتبرع بالدم تجمع عشرة آلاف وحدة في أسبوع",
    "5 مارس 2023",
    "جمعت الحملة الوطنية للتبرع بالدم أكثر من عشرة آلاف وحدة خلال أسبوعها الأول، متجاوزة الهدف الذي حددته وزارة الصحة في بداية الحملة.",
    "وشارك في الحملة طلاب الجامعات والموظفون في القطاعين العام والخاص، إلى جانب فرق الكشافة التي تولت تنظيم الطوابير في المراكز.",
    "وقالت مديرة بنك الدم إن المخزون بات يكفي المستشفيات لثلاثة أشهر على الأقل، داعية المواطنين إلى مواصلة التبرع بانتظام.",
    "وأضافت أن الوزارة ستكرم المتبرعين الذين تجاوز عدد تبرعاتهم عشر مرات في حفل خاص نهاية الشهر.",
    *ar_footer("صحة وحياة", 2023),
], h, "2023-03-07", note="a second, longer article follows the first (infinite scroll)")

h = "À Lorvan, le marché couvert retrouve ses commerçants"
fresh("46_fr_paywall", "fr", "paywall", [
    "La Dépêche du Val",
    "Accueil", "Actualité", "Val", "Sports", "Loisirs", "Abonnez-vous", "Se connecter",
    h,
    "Publié le 07/11/2022 à 16h40",
    "Après un an de fermeture pour travaux, le marché couvert de Lorvan a rouvert mardi avec vingt-deux commerçants.",
    "La suite est réservée aux abonnés",
    "Déjà abonné ? Se connecter",
    "Offre découverte : 1 € le premier mois",
    "© La Dépêche du Val",
], h, "2022-11-07T16:40")

h = "School board delays vote on later start times"
fresh("47_en_us_abbreviations", "en", "month-name", [
    "Skip to content",
    "Riverton Daily",
    "Local", "Schools", "Business", "Sports", "Obituaries", "E-edition",
    h,
    "By Dana Whitfield",
    "Nov. 4, 2023 5:30 AM ET",
    "The Riverton school board on Friday postponed a vote on moving high school start times to 8:45 a.m., saying it needed more information about bus routes.",
    "Parents filled the meeting room, and more than forty people signed up to speak.",
    "The board will take up the question again in January.",
    "Most read",
    "Bridge repairs to close Main Street for a week",
    "© 2023 Riverton Daily",
], h, "2023-11-04T05:30")

h = "Stadtbibliothek verlängert ihre Öffnungszeiten am Wochenende"
fresh("48_de_stand", "de", "numeric-date", [
    "Zum Inhalt springen",
    "Rheinauer Zeitung",
    "Lokales", "Region", "Sport", "Kultur", "Anmelden",
    h,
    "Stand: 03.09.2023 14:05 Uhr",
    "Die Stadtbibliothek öffnet ab Oktober auch sonntags von elf bis siebzehn Uhr.",
    "Möglich macht das ein neues System zur Selbstausleihe.",
    "Impressum",
], h, "2023-09-03T14:05")

h = "La biblioteca municipal de Arenales estrena sala infantil"
fresh("49_es_actualizado_publicado", "es", "updated-published", [
    "Saltar al contenido",
    "Crónica de Arenales",
    "Portada", "Local", "Comarca", "Deportes", "Cultura",
    h,
    "Actualizado: 10/02/2024 09:30h",
    "Publicado: 09/02/2024 18:00h",
    "La biblioteca municipal de Arenales ha inaugurado una sala infantil con más de tres mil libros y un rincón de cuentacuentos.",
    "La concejala de Cultura destacó que la sala abrirá también por las tardes.",
    "Noticias relacionadas",
    "El ayuntamiento amplía el horario del polideportivo",
    "05/02/2024",
    "© Crónica de Arenales",
], h, "2024-02-09T18:00")

h = "В Озёрске открыли первую в городе велодорожку"
fresh("50_ru_opublikovano", "ru", "numeric-date", [
    "Озёрские вести",
    "Главная", "Город", "Спорт", "Культура", "Войти",
    h,
    "Опубликовано: 05.06.2024 17:20",
    "В Озёрске открыли первую в городе велодорожку длиной три километра вдоль озера.",
    "Горожане уже в первый вечер вышли кататься всей семьёй.",
    "Читайте также",
    "Набережную осветят новые фонари",
    "01.06.2024",
    "© Озёрские вести",
], h, "2024-06-05T17:20")


def main():
    manifest = []
    for index, entry in enumerate(PAGES, start=1):
        text = "\n".join(entry["lines"]) + "\n"
        with open(os.path.join(HERE, entry["file"]), "w", encoding="utf-8") as handle:
            handle.write(text)
        assert entry["headline"] in entry["lines"], entry["file"]
        # Every third page of the first batch is held out, and the fresh batch was written after the rules.
        manifest.append({"file": entry["file"], "language": entry["language"], "class": entry["class"],
                         "split": "fresh" if entry["file"] in FRESH else ("holdout" if index % 3 == 0 else "development"),
                         "headline": entry["headline"], "published": entry["published"],
                         "reason": entry["reason"], "note": entry["note"]})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump({"pages": manifest}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


if __name__ == "__main__":
    main()
