/// Synonyms every help center needs: the clipped, informal and everyday words customers type for the
/// words documentation uses. Only words that mean the same in any product are here; a site adds its own
/// vocabulary under `synonyms` in deskbook.yml (or turns these off with `builtin_synonyms: false`).
enum BuiltinSynonyms {
    static let groups: [String: [[String]]] = ["en": english, "ru": russian]

    static let english: [[String]] = [
        ["delete", "remove", "erase"],
        ["recover", "restore", "undelete", "get back"],
        ["disable", "deactivate", "turn off", "switch off"],
        ["enable", "activate"],
        ["change", "modify", "edit"],
        ["fix", "repair", "solve", "resolve"],
        ["problem", "issue", "trouble"],
        ["buy", "purchase"],
        ["price", "cost"],
        ["refund", "reimburse", "money back"],
        ["invoice", "bill"],
        ["picture", "image", "photo", "pic"],
        ["document", "doc"],
        ["application", "app"],
        ["computer", "pc"],
        ["phone", "smartphone", "mobile", "cellphone"],
        ["email", "mail"],
        ["information", "info"],
        ["administrator", "admin"],
        ["configuration", "config"],
        ["screenshot", "screen capture"],
        ["username", "user name", "login name"],
        ["slow", "sluggish", "laggy"],
        ["flu", "influenza"],
        ["vaccine", "vaccination", "immunization", "jab"],
    ]

    static let russian: [[String]] = [
        ["видео", "видос", "видеоролик", "ролик"],
        ["компьютер", "комп", "пк"],
        ["ноутбук", "ноут"],
        ["программа", "прога"],
        ["приложение", "приложуха"],
        ["аккаунт", "акк", "учётная запись"],
        ["интернет", "инет"],
        ["телефон", "смартфон", "мобильник"],
        ["комментарий", "коммент"],
        ["трансляция", "стрим", "прямой эфир"],
        ["загрузить", "залить", "закачать"],
        ["удалить", "стереть"],
        ["ошибка", "баг", "глюк"],
        ["тормозит", "лагает", "виснет"],
        ["скриншот", "скрин", "снимок экрана"],
        ["пользователь", "юзер"],
        ["аватар", "аватарка"],
        ["никнейм", "ник", "псевдоним"],
        ["заблокировать", "забанить"],
        ["блокировка", "бан"],
        ["пожертвование", "донат"],
        ["электронная почта", "почта", "имейл", "мейл", "email"],
        ["возврат денег", "вернуть деньги", "рефанд"],
        ["айфон", "iphone"],
        ["андроид", "android"],
        ["винда", "windows"],
    ]
}
