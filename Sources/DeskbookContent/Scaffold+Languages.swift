import DeskbookCore

/// `deskbook init --languages en,ru`: a site in several languages, with a request form and a .gitignore.
extension Scaffold {
    /// A language code as deskbook.yml takes it: two or three lowercase letters, optionally `-` and a region.
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (2...3).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.count == 1 || (2...8).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The files of a new site in `languages` (the first is the default): deskbook.yml, a home page, a
    /// section and an article in each language, intake.yml with a request form in those languages, and a
    /// .gitignore for what builds and the intake service write. Texts are English where the language has none.
    public static func site(title: String, languages: [String]) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [
            ("deskbook.yml", """
            title: \(yamlQuoted(title))
            base_url: https://help.example.com/
            languages: [\(languages.joined(separator: ", "))]
            theme: default
            broken_links: error
            params:
              support_email: support@example.com

            """),
        ]
        for language in languages {
            let text = StarterText.of(language)
            let folder = "content/" + language
            files += [
                (folder + "/_index.md", page(kind: nil, title: title, description: text.homeDescription)),
                (folder + "/getting-started/_index.md", "---\ntitle: \(yamlQuoted(text.sectionTitle))\ndescription: \(yamlQuoted(text.sectionDescription))\norder: 1\n---\n"),
                (folder + "/getting-started/welcome.md", "---\ntitle: \(yamlQuoted(text.articleTitle))\ndescription: \(yamlQuoted(text.articleDescription))\n---\n\n\(text.articleBody)\n"),
                (folder + "/_snippets/contact.md", text.contact + "\n"),
            ]
        }
        files.append(("intake.yml", intake(languages: languages)))
        files.append((".gitignore", "# What builds, previews and the intake service write\npublic/\n.public.deskbook-*\n.deskbook/\n"))
        files.append(("themes/README.md", "Files placed here under themes/default/ override the same paths of the built-in theme; `deskbook theme eject` writes all of them here to start from.\n"))
        return files
    }

    /// A request form asking for an email address, a subject and a description, labelled in each language.
    static func intake(languages: [String]) -> String {
        func label(_ words: (StarterText) -> String) -> String {
            "{" + languages.map { "\($0): \(yamlQuoted(words(StarterText.of($0))))" }.joined(separator: ", ") + "}"
        }
        return """
        # What a support request must hold; `deskbook check` and the request form at /<lang>/request/ use it.
        languages: [\(languages.joined(separator: ", "))]

        fields:
          - id: email
            label: \(label(\.emailLabel))
            type: email
            required: true
          - id: subject
            label: \(label(\.subjectLabel))
            type: text
            required: true
          - id: description
            label: \(label(\.descriptionLabel))
            type: textarea
            required: true
            min_length: 30

        subject:
          related_to_body: true

        documentation:
          limit: 3

        submit:
          email: support@example.com

        """
    }
}

/// The starter site's words in one language.
struct StarterText {
    var homeDescription, sectionTitle, sectionDescription, articleTitle, articleDescription, articleBody, contact: String
    var emailLabel, subjectLabel, descriptionLabel: String

    static func of(_ language: String) -> StarterText {
        language == "ru" || language.hasPrefix("ru-") ? russian : english
    }

    static let english = StarterText(
        homeDescription: "Answers and guides from our support team.", sectionTitle: "Getting started",
        sectionDescription: "First steps with the product.", articleTitle: "Welcome", articleDescription: "What this help center covers.",
        articleBody: "Write the article here.", contact: "Write to us at support@example.com.",
        emailLabel: "Your email", subjectLabel: "Subject", descriptionLabel: "What happened?"
    )

    static let russian = StarterText(
        homeDescription: "Ответы и инструкции от нашей службы поддержки.", sectionTitle: "Начало работы",
        sectionDescription: "Первые шаги с продуктом.", articleTitle: "Добро пожаловать", articleDescription: "О чём этот справочный центр.",
        articleBody: "Напишите статью здесь.", contact: "Напишите нам на support@example.com.",
        emailLabel: "Ваш email", subjectLabel: "Тема", descriptionLabel: "Что случилось?"
    )
}
