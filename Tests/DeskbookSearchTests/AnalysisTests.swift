import DeskbookSearch
import Testing

private let analyzer = TextAnalyzer()

private func terms(_ text: String, _ language: String = "en") -> [String] {
    analyzer.analyze(text, language: language)
}

@Suite struct AnalysisNormalizationTests {
    @Test func appliesNFKCAndLowercases() {
        #expect(Normalizer.normalize("ＡＢＣ １２３ ﬁle Ⅻ") == "abc 123 file xii")
        #expect(Normalizer.normalize("ΣΊΣΥΦΟΣ İ") == "σισυφοσ i")
    }

    @Test func foldsLatinAndVietnameseDiacritics() {
        #expect(Normalizer.normalize("Café Naïve Ñandú Über Straße ẞ") == "cafe naive nandu uber strasse ss")
        #expect(Normalizer.normalize("Tiếng Việt đường ĐƯỢC ơ ư") == "tieng viet duong duoc o u")
        #expect(Normalizer.normalize("æ œ ø ł ı") == "ae oe o l i")
    }

    @Test func foldsYoButKeepsShortI() {
        #expect(Normalizer.normalize("Ёлка ЁЖ ё") == "елка еж е")
        #expect(Normalizer.normalize("Йогурт й") == "йогурт й")
        #expect(Normalizer.normalize("и\u{306} e\u{301} a\u{306}") == "й e a")
    }

    @Test func removesSoftHyphensAndZeroWidthCharacters() {
        #expect(Normalizer.normalize("Micro\u{AD}soft zero\u{200B}width") == "microsoft zerowidth")
    }
}

@Suite struct AnalysisTokenTests {
    @Test func keepsVersionsWhole() {
        #expect(terms("Version 2.4.1 build 10.0.19041.1234 v3.2") == ["version", "2.4.1", "build", "10.0.19041.1234", "v3.2"])
        #expect(terms("Step 1. Then 2.x and 3..4") == ["step", "1", "2", "x", "3", "4"])
    }

    @Test func keepsCodesWhole() {
        #expect(terms("Error 0x80070005, E1234 or e1234; KB5001234.") == ["error", "0x80070005", "e1234", "e1234", "kb5001234"])
    }

    @Test func dropsInnerApostrophesAndSplitsOnHyphens() {
        #expect(terms("don't it’s O'Brien users' 'quoted'") == ["dont", "obrien", "user", "quot"])
        #expect(terms("Wi-Fi sign_in and/or 1,000") == ["wi", "fi", "sign", "1", "000"])
    }

    @Test func classifiesTokensByScript() {
        let tokens = Tokenizer.tokens(in: "Outlook настройки E1234 Officeобновление")
        #expect(tokens.map(\.text) == ["outlook", "настройки", "e1234", "officeобновление"])
        #expect(tokens.map(\.script) == [.latin, .cyrillic, .verbatim, .verbatim])
    }

    @Test func keepsTokensWithDigitsOrMixedScriptsVerbatim() {
        #expect(terms("running2 the1 Officeобновление") == ["running2", "the1", "officeобновление"])
    }

    @Test func givesUTF16RangesInTheOriginalText() {
        let text = "😀 Café\u{301} \"don't\" и\u{306}ти"
        let tokens = analyzer.tokens(text, language: "en")
        #expect(tokens == [
            AnalyzedToken(term: "cafe", utf16Range: 3..<8),
            AnalyzedToken(term: "dont", utf16Range: 10..<15),
            AnalyzedToken(term: "йти", utf16Range: 17..<21),
        ])
        let range = tokens[1].utf16Range
        let start = String.Index(utf16Offset: range.lowerBound, in: text)
        let end = String.Index(utf16Offset: range.upperBound, in: text)
        #expect(text[start..<end] == "don't")
    }

    @Test func keepsDuplicatesInTextOrder() {
        #expect(terms("Reset, reset and RESET again") == ["reset", "reset", "reset"])
    }
}

@Suite struct AnalysisStopWordTests {
    @Test func dropsStopWordsOfTheTokenScript() {
        #expect(terms("How do I turn off the printer?") == ["turn", "off", "printer"])
        #expect(terms("Как отключить принтер, если он не отвечает?", "ru") == ["отключ", "принтер", "не", "отвеча"])
        #expect(terms("what is the и в на").isEmpty)
    }

    @Test func keepsNegations() {
        #expect(terms("Not working, no sound. Нет звука.") == ["not", "work", "no", "sound", "нет", "звук"])
        for word in ["no", "not", "nor", "off", "out", "up", "down"] { #expect(!StopWords.english.contains(word)) }
        for word in ["не", "нет", "ни"] { #expect(!StopWords.russian.contains(word)) }
    }

    @Test func listsAreNormalizedAndModest() {
        #expect((100...140).contains(StopWords.english.count))
        #expect((130...180).contains(StopWords.russian.count))
        for word in StopWords.english.union(StopWords.russian) { #expect(Normalizer.normalize(word) == word) }
    }
}

@Suite struct AnalysisStemmingTests {
    @Test func stemsEnglishWithPorter2() {
        let expected = [
            "consigned": "consign", "generously": "generous", "knightly": "knight", "skies": "sky",
            "dying": "die", "news": "news", "succeeding": "succeed", "community": "communiti",
            "arsenal": "arsenal", "hopping": "hop", "hoped": "hope", "configuration": "configur",
            "relational": "relat", "conditional": "condit", "settings": "set", "reinstalling": "reinstal",
            "unable": "unabl", "battery": "batteri",
        ]
        let stemmer = Stemmer(.english)
        for (word, stem) in expected { #expect(stemmer.stem(word) == stem, "\(word)") }
    }

    @Test func stemsRussianWithSnowball() {
        let expected = [
            "вавиловка": "вавиловк", "красивейшая": "красив", "подключиться": "подключ",
            "прочитавшись": "прочита", "настройки": "настройк", "обновление": "обновлен",
            "возможностями": "возможн", "сообщения": "сообщен", "запускается": "запуска",
            "ёлочка": "елочк", "быстрейший": "быстр", "компьютеров": "компьютер",
        ]
        let stemmer = Stemmer(language: "ru")
        for (word, stem) in expected { #expect(stemmer?.stem(word) == stem, "\(word)") }
        #expect(Stemmer(language: "vi") == nil)
    }

    @Test func picksTheStemmerByScriptNotLanguage() {
        let text = "Настройки Outlook settings"
        #expect(terms(text, "ru") == ["настройк", "outlook", "set"])
        #expect(terms(text, "en") == terms(text, "ru"))
    }

    @Test func analyzesConcurrently() async {
        let text = "Не удаётся открыть файл: reinstalling Outlook 2016 fails with 0x80070005"
        let expected = terms(text)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<32 { group.addTask { analyzer.analyze(text, language: "ru") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }
}
