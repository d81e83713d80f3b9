import ClipBenchCore
import ClipBenchModel

/// The phrases that mark a line as boilerplate of one category, or as metadata.
///
/// A cue matches when its words occur in a line as consecutive words, each word of the line
/// starting with the cue's word (so «تعليق» matches «تعليقات» and «شارك» matches «شارك هذا
/// المقالمحادثة»). Cues are only tried on short lines: prose that happens to say «تعليق» stays prose.
public enum LineCues {
    /// Boilerplate cues, in the order they are tried (the first category that matches wins).
    public static let boilerplate: [(BoilerplateCategory, [[String]])] = [
        (.related, phrases("أخبار ذات صلة|مقالات ذات صلة|مقالات مشابهة|اقرأ أيضا|إقرأ أيضاً|مواضيع إضافية|مواضيع ذات صلة|اخترنا لك|إخترنا لك|قد يهمك|الأكثر قراءة|الأكثر مشاهدة|شاهد أيضا|related|read more|more stories|you may also like")),
        (.share, phrases("شارك|مشاركة|طباعة|ارسل|أرسل|تبليغ|نسخ الرابط|share|print|tweet|facebook|twitter|whatsapp")),
        (.comments, phrases("تعليق|التعليقات|أضف تعليق|comments|comment")),
        (.promo, phrases("حمل التطبيق|حمّل|تابع|تابعوا|تابعونا|اشترك|اشتركوا|جرب|النشرة البريدية|newsletter|app|download|subscribe")),
        (.advertisement, phrases("اعلان|إعلان|advertisement|sponsored|محتوى مدعوم")),
        (.footer, phrases("جميع الحقوق محفوظة|حقوق النشر|copyright|سياسة الخصوصية|privacy|terms|اتصل بنا|من نحن")),
        (.navigation, phrases("الرئيسية|ابحث|بحث|القائمة|menu|search|home|loader|login|تسجيل الدخول")),
        (.branding, phrases("logo|شعار")),
    ]

    /// Cues of a metadata line: byline, source line, publication date line.
    public static let metadata: [[String]] = phrases("بقلم|المصدر|تاريخ النشر|نشر في|نشرت|آخر تحديث|كتب|كتبت|وكالات|مراسل|by|published|updated|source")

    /// The first boilerplate category whose cue occurs in `line`.
    public static func boilerplateCategory(of line: ClippingLine) -> BoilerplateCategory? {
        let words = line.tokens.filter(\.isWord).map(\.key)
        return boilerplate.first { _, cues in cues.contains { occurs($0, in: words) } }?.0
    }

    /// Whether a metadata cue occurs in `line`.
    public static func hasMetadataCue(_ line: ClippingLine) -> Bool {
        let words = line.tokens.filter(\.isWord).map(\.key)
        return metadata.contains { occurs($0, in: words) } || line.tokens.contains { $0.text == "©" }
    }

    /// Whether `cue` occurs as consecutive word prefixes in `words`.
    package static func occurs(_ cue: [String], in words: [String]) -> Bool {
        guard !cue.isEmpty, words.count >= cue.count else { return false }
        for start in 0...(words.count - cue.count) {
            if cue.indices.allSatisfy({ words[start + $0].hasPrefix(cue[$0]) }) { return true }
        }
        return false
    }

    private static func phrases(_ list: String) -> [[String]] {
        list.split(separator: "|").map { phrase in
            let text = SeedText(String(phrase))
            return Tokenizer.tokens(in: text, range: 0..<text.count).filter(\.isWord).map(\.key)
        }
    }
}
