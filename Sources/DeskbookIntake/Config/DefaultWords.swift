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

    static let abuse: [String: [String]] = [
        "en": ["idiot", "moron", "stupid", "dumb", "imbecile", "crap", "crappy", "shit", "shat", "fuck", "fucking", "bastard",
               "bitch", "asshole", "dickhead", "retard"],
        "ru": ["идиот", "дурак", "тупой", "дебил", "кретин", "придурок", "урод", "сволочь", "мразь", "сука",
               "блядь", "блять", "хуй", "хуйня", "пизда", "ебать", "заебали", "охуели", "говно", "дерьмо"],
    ]
}
