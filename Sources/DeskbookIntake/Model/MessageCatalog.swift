/// The built-in wording of every finding and of the expected-response line, in English and Russian.
///
/// Templates name their values in braces (`{label}`, `{max}`); intake.yml may replace any of them under `messages`.
/// Messages are plain text: they never contain the customer's input, and every front end shows them as text.
public enum MessageCatalog {
    /// Keys of the non-finding templates.
    public enum Key {
        public static let firstResponse = "schedule.first-response"
        public static let resolution = "schedule.resolution"
        public static let expectText = "expect.text"
        public static let expectFiles = "expect.files"
        public static let expectFlag = "expect.flag"
    }

    /// The languages with built-in wording.
    public static let languages = ["en", "ru"]

    /// Every template key: finding codes first, then the schedule and value-kind phrases.
    public static var keys: [String] {
        FindingCode.allCases.map(\.rawValue)
            + [Key.firstResponse, Key.resolution, Key.expectText, Key.expectFiles, Key.expectFlag]
    }

    /// Built-in templates by key, then language.
    public static let defaults: [String: [String: String]] = [
        "request.encoding": [
            "en": "The request is not valid UTF-8 text. Save it as UTF-8 and send it again.",
            "ru": "Запрос не в кодировке UTF-8. Сохраните его в UTF-8 и отправьте ещё раз.",
        ],
        "request.syntax": [
            "en": "The request could not be read as JSON or YAML, or it gives the same field twice.",
            "ru": "Не удалось прочитать запрос как JSON или YAML, или в нём одно поле указано дважды.",
        ],
        "request.not-object": [
            "en": "The request must be a set of named fields, for example {\"subject\": \"...\"}.",
            "ru": "Запрос должен состоять из именованных полей, например {\"subject\": \"...\"}.",
        ],
        "request.too-large": [
            "en": "The request is larger than {max} bytes. Shorten the text or attach long logs as files.",
            "ru": "Запрос больше {max} байт. Сократите текст или приложите длинные логи файлами.",
        ],
        "request.empty": [
            "en": "The request is empty. Fill in the form before sending it.",
            "ru": "Запрос пуст. Заполните форму перед отправкой.",
        ],
        "request.unknown-field": [
            "en": "The form has no such field, so this value will be ignored.",
            "ru": "В форме нет такого поля, поэтому это значение не будет учтено.",
        ],
        "request.wrong-type": [
            "en": "\u{201C}{label}\u{201D} has a value of the wrong kind: {expected} is expected here.",
            "ru": "В поле «{label}» значение неподходящего вида: здесь ожидается {expected}.",
        ],
        "field.required": [
            "en": "Please fill in \u{201C}{label}\u{201D}.",
            "ru": "Заполните, пожалуйста, поле «{label}».",
        ],
        "field.one-of-required": [
            "en": "Please fill in at least one of these: {labels}.",
            "ru": "Заполните, пожалуйста, хотя бы одно из полей: {labels}.",
        ],
        "field.too-short": [
            "en": "\u{201C}{label}\u{201D} is too short: please write at least {min} characters.",
            "ru": "В поле «{label}» слишком мало текста: напишите хотя бы {min} символов.",
        ],
        "field.too-long": [
            "en": "\u{201C}{label}\u{201D} is too long: please keep it within {max} characters.",
            "ru": "В поле «{label}» слишком много текста: уложитесь, пожалуйста, в {max} символов.",
        ],
        "field.format": [
            "en": "\u{201C}{label}\u{201D} does not look right. It should look like this: {example}",
            "ru": "Поле «{label}» заполнено в неверном формате. Образец: {example}",
        ],
        "field.option": [
            "en": "Please choose \u{201C}{label}\u{201D} from the list.",
            "ru": "Выберите, пожалуйста, значение поля «{label}» из списка.",
        ],
        "field.file-type": [
            "en": "\u{201C}{label}\u{201D} accepts only these file types: {accept}.",
            "ru": "В поле «{label}» можно приложить только файлы таких типов: {accept}.",
        ],
        "field.markup": [
            "en": "\u{201C}{label}\u{201D} contains HTML tags. We will show them as plain text, not as formatting.",
            "ru": "В поле «{label}» есть HTML-теги. Мы покажем их как обычный текст, без оформления.",
        ],
        "field.nul-character": [
            "en": "\u{201C}{label}\u{201D} contains a NUL character (U+0000), which cannot be sent. Please remove it.",
            "ru": "В поле «{label}» есть символ NUL (U+0000), его нельзя отправить. Удалите его, пожалуйста.",
        ],
        "subject.empty": [
            "en": "Please add a subject that says what the request is about.",
            "ru": "Добавьте, пожалуйста, тему, из которой понятно, о чём запрос.",
        ],
        "subject.generic": [
            "en": "The subject is too general. Name the actual problem or question in a few words.",
            "ru": "Тема слишком общая. Назовите в нескольких словах саму проблему или вопрос.",
        ],
        "subject.unrelated": [
            "en": "The subject has no words in common with the description. Please check that it describes this request.",
            "ru": "В теме нет ни одного слова из описания. Проверьте, что тема относится к этому запросу.",
        ],
        "followup.ticket-missing": [
            "en": "This continues an earlier request: keep its ticket number in the subject, for example {example}.",
            "ru": "Это продолжение прежнего обращения: оставьте его номер в теме, например {example}.",
        ],
        "followup.number-hint": [
            "en": "You mention an earlier request. Add its ticket number to the subject, for example {example}, so we can see the whole history.",
            "ru": "Вы упоминаете прежнее обращение. Добавьте его номер в тему, например {example}, чтобы мы видели всю историю.",
        ],
        "topic.multiple": [
            "en": "This request seems to contain several unrelated questions. Please send one request per topic, so that each reaches the right specialist.",
            "ru": "Похоже, в запросе несколько не связанных между собой вопросов. Отправьте, пожалуйста, по одному запросу на тему, чтобы каждый попал к нужному специалисту.",
        ],
        "error-report.steps": [
            "en": "To report an error, list the steps that lead to it, one per line (1., 2., 3.).",
            "ru": "Чтобы сообщить об ошибке, перечислите шаги, которые к ней приводят, по одному в строке (1., 2., 3.).",
        ],
        "error-report.evidence": [
            "en": "To report an error, quote the exact error message or attach a log or a screenshot.",
            "ru": "Чтобы сообщить об ошибке, приведите точный текст сообщения в кавычках или приложите лог или скриншот.",
        ],
        "language.abusive": [
            "en": "Please rephrase the request without offensive words. We want to help, and a calm request is easier to handle.",
            "ru": "Переформулируйте, пожалуйста, запрос без грубых слов. Мы хотим помочь, а спокойный запрос проще обработать.",
        ],
        "request.duplicate": [
            "en": "You sent a request like this one a short while ago, under the number {ticket}. Write about it in that request instead.",
            "ru": "Вы недавно отправили такое же обращение, его номер {ticket}. Напишите о нём в том обращении.",
        ],
        "contract.unknown": [
            "en": "We found no support contract for \u{201C}{label}\u{201D}. Check the number, or ask your account manager.",
            "ru": "Мы не нашли договора на поддержку для поля «{label}». Проверьте номер или обратитесь к своему менеджеру.",
        ],
        "contract.expired": [
            "en": "Your support contract ended on {date}. Ask your account manager to renew it.",
            "ru": "Срок вашего договора на поддержку истёк {date}. Обратитесь к своему менеджеру, чтобы продлить его.",
        ],
        "language.threat": [
            "en": "Please remove the threat from your request. We can only handle requests written without threats.",
            "ru": "Уберите, пожалуйста, угрозу из обращения. Мы можем работать только с обращениями без угроз.",
        ],
        "language.personal-attack": [
            "en": "Please describe the problem without insulting the people who will read it. They are here to help.",
            "ru": "Опишите, пожалуйста, проблему без оскорблений в адрес тех, кто будет её читать. Они здесь, чтобы помочь.",
        ],
        "language.discriminatory": [
            "en": "Please remove the slur from your request. We do not accept words that demean people for who they are.",
            "ru": "Уберите, пожалуйста, из обращения оскорбительное название людей. Мы не принимаем слова, унижающие людей за то, кто они есть.",
        ],
        "request.unclear": [
            "en": "We cannot make out what the description asks: too few of its words are words we know. Describe in your own words what you did and what went wrong; a log alone is not enough.",
            "ru": "Не удаётся понять, о чём описание: в нём слишком мало знакомых слов. Опишите своими словами, что вы делали и что пошло не так; одного лога недостаточно.",
        ],
        "request.wrong-layout": [
            "en": "The description seems typed in the wrong keyboard layout; in the other one it reads \u{201C}{text}\u{201D}. Switch the layout and type it again.",
            "ru": "Похоже, описание набрано не в той раскладке клавиатуры; в другой оно читается как «{text}». Переключите раскладку и наберите его заново.",
        ],
        "scope.outside": [
            "en": "Support does not handle this topic. {pointer}",
            "ru": "Поддержка не занимается этим вопросом. {pointer}",
        ],
        "scope.out-of-competence": [
            "en": "Neither our help articles nor any of our teams seem to cover this question, so support may not be able to answer it. If it is about our product, name the part of it you mean.",
            "ru": "Похоже, этот вопрос не затрагивают ни наши справочные статьи, ни одна из наших команд, поэтому поддержка может не суметь на него ответить. Если вопрос о нашем продукте, назовите, о какой его части речь.",
        ],
        "docs.likely-answer": [
            "en": "The article \u{201C}{title}\u{201D} probably answers this. If it does not help, confirm that and send the request.",
            "ru": "Скорее всего, ответ есть в статье «{title}». Если она не помогла, подтвердите это и отправьте запрос.",
        ],
        Key.firstResponse: [
            "en": "If you send it now, expect the first answer by {response_day} {response_time} ({zone}).",
            "ru": "Если отправить сейчас, первый ответ придёт {response_day} до {response_time} ({zone}).",
        ],
        Key.resolution: [
            "en": "Resolution expected by {resolution_day} {resolution_time}.",
            "ru": "Решение — {resolution_day} до {resolution_time}.",
        ],
        Key.expectText: ["en": "text", "ru": "текст"],
        Key.expectFiles: ["en": "a file name or a list of file names", "ru": "имя файла или список имён файлов"],
        Key.expectFlag: ["en": "true or false", "ru": "true или false"],
    ]
}
