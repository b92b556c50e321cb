/// Built-in English and Russian word lists, used for a language that intake.yml does not list itself.
enum DefaultWords {
    static let generic: [String: [String]] = [
        "en": ["help", "problem", "issue", "question", "urgent", "urgently", "asap", "important", "support",
               "request", "error", "bug", "trouble", "hello", "hi", "please", "work", "query", "need", "assistance"],
        "ru": ["помощь", "помогите", "проблема", "вопрос", "срочно", "срочный", "важно", "ошибка", "поддержка",
               "запрос", "обращение", "здравствуйте", "привет", "пожалуйста", "сбой", "баг", "неполадка", "работает",
               "нужна", "нужно", "помочь"],
    ]

    static let mentions: [String: [String]] = [
        "en": ["previous ticket", "previous request", "earlier ticket", "earlier request", "earlier message",
               "last ticket", "ticket number", "already reported", "already contacted", "still waiting"],
        "ru": ["прошлое обращение", "предыдущее обращение", "прежнее обращение", "прошлая заявка",
               "предыдущая заявка", "номер обращения", "номер заявки", "ранее обращался", "повторно обращаюсь"],
    ]

    static let errors: [String: [String]] = [
        "en": ["error", "crash", "exception", "fail", "failure", "bug", "broken", "freeze", "hang"],
        "ru": ["ошибка", "сбой", "падает", "вылетает", "зависает", "баг", "исключение"],
    ]

    static let steps: [String: [String]] = [
        "en": ["steps", "reproduce"],
        "ru": ["шаги", "воспроизвести", "воспроизведения", "последовательность действий"],
    ]

    /// Words that open a sequence of steps told in prose, and words that go on with it ("first… then…").
    static let firstSteps: [String: [String]] = [
        "en": ["first", "firstly", "first of all", "to begin with"],
        "ru": ["сначала", "сперва", "во-первых", "вначале", "для начала"],
    ]

    static let nextSteps: [String: [String]] = [
        "en": ["then", "after that", "afterwards", "next", "secondly"],
        "ru": ["затем", "потом", "после этого", "далее", "во-вторых"],
    ]

    /// Second-person address, for `conduct`: an insult must follow one of these to be personal. The reader's
    /// colleagues count too ("Kevin on your team is a clown").
    static let address: [String: [String]] = [
        "en": ["you", "u", "yourself", "yourselves", "your team", "your staff", "your engineers", "your developers"],
        "ru": ["ты", "вы", "тебя", "вас", "тебе", "вам", "тобой", "вами", "ваша контора", "ваша шарага",
               "ваши сотрудники", "ваши программисты"],
    ]

    /// Words that insult a person when said to them, beyond the swear words of `abuse`.
    static let insults: [String: [String]] = [
        "en": ["useless", "incompetent", "pathetic", "worthless", "clueless", "clown", "clowns", "loser", "liar",
               "crook", "thief", "scammer", "fraud", "brainless", "stupid", "idiot", "moron", "imbecile"],
        "ru": ["бездарь", "бездарный", "некомпетентный", "бесполезный", "никчёмный", "клоун", "жулик", "мошенник",
               "лжец", "вор", "дармоед", "бестолочь", "тупой", "идиот", "дебил", "кретин", "придурок"],
    ]

    /// Threat phrases, matched word for word with the small words kept.
    static let threats: [String: [String]] = [
        "en": ["i will kill you", "ill kill you", "i will find you", "ill find you", "i know where you live",
               "you will regret this", "youll regret this", "you will pay for this", "youll pay for this",
               "watch your back", "i will hurt you", "ill hurt you", "burn down your office"],
        "ru": ["я тебя убью", "я вас убью", "убью тебя", "убью вас", "я тебя найду", "я вас найду", "найду тебя",
               "найду вас", "знаю где ты живёшь", "знаю где вы живёте", "вы пожалеете", "ты пожалеешь", "вам конец",
               "тебе конец", "сожгу ваш офис"],
    ]

    /// Threat constructions: the first word is the subject, the rest may follow a few words later.
    static let menaces: [String: [String]] = [
        "en": ["you will regret", "you'll regret", "you are going to regret", "you're going to regret", "you gonna regret",
               "you will live to regret", "you shall regret", "somebody is going to get hurt", "someone is going to get hurt",
               "somebody will get hurt", "someone will get hurt", "you are going to get hurt", "you will get hurt"],
        "ru": ["вы пожалеете", "ты пожалеешь", "вы поплатитесь", "ты поплатишься", "вы будете жалеть",
               "ты будешь жалеть", "вы горько пожалеете", "вы пострадаете", "ты пострадаешь"],
    ]

    /// Negations that make a menace a reassurance ("you will not regret it", "вы ни о чём не пожалеете").
    static let negations: [String: [String]] = [
        "en": ["not", "nothing", "never", "no", "won't", "don't", "shouldn't", "wouldn't"],
        "ru": ["не", "ни", "ничего", "никогда", "ничуть", "нисколько"],
    ]

    static let abuse: [String: [String]] = [
        "en": ["idiot", "moron", "stupid", "dumb", "imbecile", "crap", "crappy", "shit", "shat", "fuck", "fucking", "bastard",
               "bitch", "asshole", "dickhead", "retard"],
        "ru": ["идиот", "дурак", "тупой", "дебил", "кретин", "придурок", "урод", "сволочь", "мразь", "сука",
               "блядь", "блять", "хуй", "хуйня", "пизда", "ебать", "заебали", "охуели", "говно", "дерьмо"],
    ]
}
