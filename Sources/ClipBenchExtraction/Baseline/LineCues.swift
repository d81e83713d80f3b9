import ClipBenchCore
import ClipBenchModel

/// The phrases that mark a line as boilerplate of one category, or as metadata.
///
/// A cue matches when its words occur in a line as consecutive words, each Arabic word of the line
/// starting with the cue's word (so «تعليق» matches «تعليقات» and «شارك» matches «شارك هذا
/// المقالمحادثة»), each word of another script equal to it (so "app" does not match "approves").
/// Cues are only tried on short lines: prose that happens to say «تعليق» stays prose. Beside them: the
/// interface phrases of a page ("Skip to main content", cookie and login prompts), breaking-news
/// tickers, and the words that introduce a publication or an update date.
public enum LineCues {
    /// Boilerplate cues, in the order they are tried (the first category that matches wins).
    public static let boilerplate: [(BoilerplateCategory, [[String]])] = [
        (.related, relatedHeadings + phrases("اقرأ أيضا|قد يهمك|الأكثر قراءة|الأكثر مشاهدة|شاهد أيضا|related|read more|more stories|you may also like|more from|most read|"
            + "lire aussi|noticias relacionadas|lo más leído|leggi anche|leia também|mehr zum thema|читайте также|相关新闻|関連記事|اخبار مرتبط")),
        (.share, phrases("شارك|مشاركة|طباعة|ارسل|نسخ الرابط|share|print|tweet|facebook|twitter|whatsapp|partager|compartir|teilen|condividi|compartilhar|поделиться")),
        (.comments, phrases("تعليق|التعليقات|أضف تعليق|comments|comment|commentaires|comentarios|kommentare|commenti|комментарии")),
        (.promo, phrases("حمّل|تابع|اشترك|جرب|النشرة البريدية|app|download|subscribe")),
        (.advertisement, phrases("اعلان|إعلان|advertisement|sponsored|محتوى مدعوم")),
        (.footer, phrases("جميع الحقوق محفوظة|حقوق النشر|copyright|سياسة الخصوصية|privacy|terms|اتصل بنا|من نحن|"
            + "all rights reserved|mentions légales|impressum|datenschutz|版权所有|حقوق محفوظ")),
        (.navigation, phrases("الرئيسية|بحث|القائمة|menu|search|home|login|تسجيل الدخول")),
        (.branding, phrases("شعار")),
    ]

    /// The headings of related lists: «أخبار» «مقالات» «مواضيع» «قصص» «تقارير» followed by «ذات صلة»
    /// «مشابهة» «إضافية» «أخرى» «متعلقة» «مرتبطة» (every pairing, as sites vary them).
    public static let relatedHeadings: [[String]] = {
        let nouns = ArabicMatching.keys("أخبار مقالات مواضيع قصص تقارير")
        let adjectives = ["ذات صلة", "مشابهة", "إضافية", "أخرى", "متعلقة", "مرتبطة"].map(ArabicMatching.keys)
        return nouns.flatMap { noun in adjectives.map { [noun] + $0 } }
    }()

    /// Cues of a metadata line: byline, source line, publication date line.
    public static let metadata: [[String]] = phrases("بقلم|تاريخ النشر|نشر في|نشرت|نشر بتاريخ|آخر تحديث|كتب|كتبت|وكالات|مراسل|الكاتب|إعداد|تقرير|محرر|source")

    /// Words that open a byline or a date line in other scripts ("By Hannah Ellery", "Published March 3"):
    /// metadata only at the start of a line, since "by" or «di» are common words inside a headline.
    public static let metadataOpeners: [[String]] = phrases("by|published|updated|posted|par|publié|mis à jour|por|publicado|actualizado|von|veröffentlicht|aktualisiert|di|pubblicato|aggiornato|atualizado|автор|опубликовано|обновлено|来源")

    /// Words before a date that make it the publication date: «نشر في», «تاريخ النشر», "Published", «Publié le».
    public static let publicationCues: Set<String> = Set(ArabicMatching.keys(
        "نشر نشرت النشر بتاريخ published posted publié publicado pubblicato veröffentlicht опубликовано 发布 发表"))

    /// Words before a date that make it an update, not the publication: «آخر تحديث», "Updated", «Mis à jour».
    public static let updateCues: Set<String> = Set(ArabicMatching.keys(
        "تحديث تحديثه updated update mis jour actualizado aggiornato atualizado aktualisiert обновлено 更新"))

    /// Phrases of a page's interface, never a headline: skip links, cookie and login prompts, share
    /// buttons ("Skip to main content", «تخطى قائمة التنقل», «سجل الدخول لمتابعة القراءة»).
    public static let interfacePhrases: [[String]] = phrases("""
        تخطى|تخط إلى|انتقل إلى المحتوى|ملفات تعريف الارتباط|ملفات الارتباط|سجل الدخول|تسجيل الدخول|إنشاء حساب|اشترك الآن|\
        skip to|cookies|cookie|sign in|log in|sign up|subscribe|share on|accept all|\
        aller au contenu|se connecter|saltar al contenido|iniciar sesión|zum inhalt|anmelden|vai al contenuto|accedi|войти
        """)

    /// The first words of a breaking-news ticker («عاجل | …», "Breaking: …").
    public static let tickerOpeners: Set<String> = Set(ArabicMatching.keys("عاجل breaking eilmeldung urgent срочно"))

    /// The first boilerplate category whose cue occurs in `line`.
    public static func boilerplateCategory(of line: ClippingLine) -> BoilerplateCategory? {
        let words = line.tokens.filter(\.isWord).map(\.key)
        return boilerplate.first { _, cues in cues.contains { occurs($0, in: words) } }?.0
    }

    /// Whether a metadata cue occurs in `line`, or the line opens with a byline or date word of another script.
    public static func hasMetadataCue(_ line: ClippingLine) -> Bool {
        let words = line.tokens.filter(\.isWord).map(\.key)
        if metadata.contains(where: { occurs($0, in: words) }) || line.tokens.contains(where: { $0.text == "©" }) { return true }
        return metadataOpeners.contains { opener in words.count >= opener.count && occurs(opener, in: Array(words.prefix(opener.count))) }
    }

    /// Whether `line` holds an interface phrase (a skip link, a cookie or login prompt, a share button).
    public static func hasInterfacePhrase(_ line: ClippingLine) -> Bool {
        let words = line.tokens.filter(\.isWord).map(\.key)
        return interfacePhrases.contains { occurs($0, in: words) }
    }

    /// Whether `line` is a breaking-news ticker: it opens with «عاجل» or "Breaking".
    public static func isTicker(_ line: ClippingLine) -> Bool {
        guard let first = line.tokens.first(where: \.isWord) else { return false }
        return tickerOpeners.contains(first.key)
    }

    /// Whether `cue` occurs as consecutive words in `words`: a prefix of each Arabic word, or equal to
    /// each word of another script.
    package static func occurs(_ cue: [String], in words: [String]) -> Bool {
        guard !cue.isEmpty, words.count >= cue.count else { return false }
        for start in 0...(words.count - cue.count) {
            if cue.indices.allSatisfy({ matches(words[start + $0], cue[$0]) }) { return true }
        }
        return false
    }

    /// An Arabic cue word matches the words it starts (its inflections); any other, only itself.
    package static func matches(_ word: String, _ cue: String) -> Bool {
        guard let first = cue.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return word == cue }
        return word.hasPrefix(cue)
    }

    private static func phrases(_ list: String) -> [[String]] {
        list.split(separator: "|").map { phrase in
            let text = SeedText(String(phrase))
            return Tokenizer.tokens(in: text, range: 0..<text.count).filter(\.isWord).map(\.key)
        }
    }
}
