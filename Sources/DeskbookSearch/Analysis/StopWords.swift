/// The stop words of step 3 of the definition in `TextAnalyzer`, written as normalized text (so
/// without ё); the same lists as STOP_WORDS in search.js. Negations (no, not, nor, dont, не, нет,
/// ни) and particles that turn a verb around (off, out, up, down, over, only, without) are not
/// stop words, nor are the question words that tell FAQ questions apart (why, who, whom, whose, when,
/// where): on bench/relevance they add 0.01-0.02 MRR@10 on the web-app and health FAQ sets and change
/// no other set by more than 0.007; "how", "what" and "which" open most questions and stay stop words (tried
/// again for issue 13, MRR@10: health-en +0.012, webapps-en +0.001, site-en −0.018 and −0.034 with a typo).
public enum StopWords {
    /// Dropped Latin-script tokens.
    public static let english: Set<String> = [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "during", "each", "few", "for", "from", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "im", "in", "into",
        "is", "it", "its", "itself", "ive", "just", "may", "me", "might", "more", "most", "must", "my",
        "myself", "of", "on", "or", "other", "our", "ours", "ourselves", "own", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "thats", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "theyre", "this", "those", "through", "to", "too",
        "under", "until", "us", "very", "was", "we", "were", "what", "which", "while", "will", "with",
        "within", "would", "you", "your", "youre", "yours", "yourself", "yourselves",
    ]

    /// Dropped Cyrillic-script tokens.
    public static let russian: Set<String> = [
        "а", "без", "более", "будет", "будут", "бы", "был", "была", "были", "было", "быть", "в", "вам",
        "вас", "ваш", "ваша", "ваше", "вашего", "вашей", "вашем", "ваши", "вашим", "ваших", "вашу",
        "ведь", "весь", "во", "вот", "все", "всего", "всем", "всех", "всю", "вся", "вы", "где", "да",
        "даже", "для", "до", "его", "ее", "ей", "ему", "если", "есть", "еще", "же", "за", "здесь", "и",
        "из", "или", "им", "их", "к", "как", "какая", "какие", "какой", "какую", "когда", "которая",
        "которого", "которое", "которой", "котором", "которую", "которые", "который", "которым",
        "которыми", "которых", "кто", "ли", "меня", "мне", "мое", "мои", "мой", "моя", "мы", "на", "над",
        "нам", "нас", "наш", "наша", "наше", "наши", "него", "нее", "ней", "нем", "ним", "них", "но",
        "ну", "о", "об", "он", "она", "они", "оно", "от", "перед", "по", "под", "при", "про", "с", "сам",
        "сами", "свое", "свои", "свой", "свою", "своя", "себе", "себя", "со", "так", "такая", "также",
        "такие", "такое", "такой", "там", "те", "тебе", "тебя", "тем", "то", "того", "тоже", "той",
        "только", "том", "тот", "ту", "тут", "ты", "у", "уже", "чем", "через", "что", "чтоб", "чтобы",
        "эта", "эти", "этим", "этих", "это", "этого", "этой", "этом", "этот", "эту", "я",
    ]
}
