import DeskbookIntake
import Testing

/// Mistakes in intake.yml come back as diagnostics at their file:line:col; nothing crashes.
@Suite struct ConfigParserTests {
    static let minimal = """
        fields:
          - id: subject
            label: Subject
          - id: description
            label: Description
            type: textarea

        """

    private func diagnostics(_ yaml: String) -> [String] {
        TestSupport.parse(yaml).diagnostics
    }

    @Test func minimalConfigParses() throws {
        let parsed = TestSupport.parse(Self.minimal)
        #expect(parsed.diagnostics == [])
        let rules = try #require(parsed.rules)
        #expect(rules.languages == ["en"])
        #expect(rules.subjectField == "subject")
        #expect(rules.bodyField == "description")
        #expect(rules.categoryField == nil)
    }

    @Test func unknownKeysAreReportedWhereTheyAre() {
        let yaml = Self.minimal + "    colour: red\nsubjekt: true\n"
        #expect(diagnostics(yaml) == [
            "intake.yml:7:5: error: unknown key 'colour' in a field; expected one of: id, label, type, required, required_when, min_length, max_length, pattern, example, options, accept",
            "intake.yml:8:1: error: unknown key 'subjekt' in intake.yml; expected one of: languages, default_language, limits, fields, subject_field, body_field, category_field, require_one_of, subject, follow_up, one_topic, error_reports, abuse, conduct, out_of_scope, routing, schedule, documentation, severities, messages, submit, ticket, forward, store, duplicates, contracts, unclear, out_of_competence",
        ])
        #expect(TestSupport.parse(yaml).rules == nil)
    }

    @Test func badRegularExpressions() {
        let yaml = Self.minimal + """
              - id: code
                label: Code
                pattern: '[0-9'
                example: '1'
              - id: tag
                label: Tag
                pattern: '(?i)v[0-9]+'
                example: v1
              - id: serial
                label: Serial
                pattern: '[A-Z]{2}[0-9]{4}'

            """
        #expect(diagnostics(yaml) == [
            "intake.yml:9:14: error: invalid regular expression '[0-9'",
            "intake.yml:13:14: error: regular expression '(?i)v[0-9]+' uses inline options (?i...), which browsers do not support",
            "intake.yml:17:14: error: field 'serial' has a pattern but no example to show customers",
        ])
    }

    @Test func patternsMustWorkInBrowsersToo() {
        let yaml = Self.minimal + "    pattern: '[a-z]++\\A'\n    example: abc\n"
        #expect(diagnostics(yaml) == ["intake.yml:7:14: error: regular expression '[a-z]++\\A' uses a possessive quantifier (++), which browsers do not support"])
        let escape = Self.minimal + "    pattern: '\\Aabc'\n    example: abc\n"
        #expect(diagnostics(escape) == ["intake.yml:7:14: error: regular expression '\\Aabc' uses \\A, which browsers do not support"])
    }

    @Test func anExampleMustMatchItsPattern() {
        let yaml = Self.minimal + "    pattern: '[a-z]+'\n    example: ABC\n"
        #expect(diagnostics(yaml) == ["intake.yml:8:14: error: field 'description' example 'ABC' does not match its own pattern"])
    }

    @Test func scheduleMistakes() {
        let yaml = Self.minimal + """
            schedule:
              time_zone: Europe/Moskow
              hours: "09:00-25:00"
              target: {response: 2 days}

            """
        #expect(diagnostics(yaml) == [
            "intake.yml:8:14: error: unknown time zone 'Europe/Moskow'; use an IANA name such as Europe/Moscow",
            "intake.yml:9:10: error: schedule.hours has an invalid time '25:00'; use HH:MM from 00:00 to 24:00",
        ])
        let times = Self.minimal + """
            schedule:
              time_zone: Europe/Moscow
              days: [mon, tue, funday]
              hours: "09:00-25:00"
              holidays: [2026-02-30]
              target: {response: soon}

            """
        #expect(diagnostics(times) == [
            "intake.yml:9:9: error: unknown weekday 'funday'; use mon, tue, wed, thu, fri, sat, sun",
            "intake.yml:10:10: error: schedule.hours has an invalid time '25:00'; use HH:MM from 00:00 to 24:00",
            "intake.yml:11:14: error: schedule.holidays has an invalid date '2026-02-30'; use YYYY-MM-DD",
            "intake.yml:12:22: error: schedule.target.response must look like '2 working hours', '1 working day', 'end of 1 working day', '24 hours' or '7 days', not 'soon'",
        ])
        let targets = Self.minimal + """
            schedule:
              time_zone: Europe/Moscow
              hours: "09:00-18:00"
              breaks: ["08:00-09:30"]
              holidays: [2026-02-30]
              target: {response: soon}

            """
        #expect(diagnostics(targets) == [
            "intake.yml:10:12: error: break 08:00-09:30 is outside the working hours",
            "intake.yml:11:14: error: schedule.holidays has an invalid date '2026-02-30'; use YYYY-MM-DD",
            "intake.yml:12:22: error: schedule.target.response must look like '2 working hours', '1 working day', 'end of 1 working day', '24 hours' or '7 days', not 'soon'",
        ])
    }

    @Test func referencesToFieldsAndCodesAreChecked() {
        let yaml = Self.minimal + """
                required_when: {kategory: billing}
            error_reports:
              evidence_fields: [logfile]
            severities:
              subject.generic: warning
              request.syntax: warning
              topic.many: error
            messages:
              subject.empty: {en: "Add a subject about {topic}."}

            """
        #expect(diagnostics(yaml) == [
            "intake.yml:7:21: error: required_when names 'kategory', which is not a field; fields: subject, description",
            "intake.yml:9:20: error: error_reports.evidence_fields names 'logfile', which is not a field; fields: subject, description",
            "intake.yml:12:3: error: request.syntax always blocks a request; its severity cannot change",
            "intake.yml:13:3: error: unknown key 'topic.many' in severities; expected one of: \(FindingCode.allCases.map(\.rawValue).joined(separator: ", "))",
            "intake.yml:15:18: error: messages.subject.empty uses {topic}; placeholders it may use: none",
        ])
    }

    @Test func sectionsNeedTheFieldsTheyRead() {
        let yaml = "fields:\n  - id: topic\n    label: Topic\nsubject: true\nerror_reports: true\n"
        #expect(diagnostics(yaml) == [
            "intake.yml:4:10: error: subject needs the field it reads: add it to fields or name it with subject_field",
            "intake.yml:5:16: error: error_reports needs the field it reads: add it to fields or name it with body_field",
        ])
        #expect(diagnostics(Self.minimal + "limits: {field_length: 100}\nlimits: {request_bytes: 5000}\n")
            == ["intake.yml:7:1: error: invalid YAML: duplicate key limits"])
    }

    @Test func missingTranslationsWarnAndFallBack() throws {
        let yaml = "languages: [en, ru]\n" + Self.minimal.replacingOccurrences(of: "label: Subject", with: "label: {en: Subject}")
        let parsed = TestSupport.parse(yaml)
        #expect(parsed.diagnostics == ["intake.yml:4:12: warning: field 'subject' label has no ru text; the en text is used"])
        #expect(try #require(parsed.rules).fields[0].label.text(in: "ru") == "Subject")
    }

    @Test func malformedYAMLIsADiagnostic() {
        #expect(diagnostics("fields: [\n  - id: x\n") .count == 1)
        #expect(diagnostics("") == ["intake.yml:1:1: error: intake.yml is empty; it needs at least a list of fields"])
        #expect(diagnostics("- just\n- a list\n") == ["intake.yml:1:1: error: intake.yml must be a mapping of keys to values"])
    }

    @Test func keywordsWithOnlyStopWordsWarn() {
        let yaml = Self.minimal + "abuse:\n  words: {en: [the, idiot]}\n"
        #expect(diagnostics(yaml) == ["intake.yml:8:15: warning: 'the' in abuse.words.en has only stop words or punctuation and never matches"])
    }

    @Test func everyMessageOverrideKeepsTheOthers() throws {
        let yaml = Self.minimal + "messages:\n  subject.generic: \"Say what it is about.\"\n"
        let rules = try #require(TestSupport.parse(yaml).rules)
        #expect(rules.messages["subject.generic"]?["en"] == "Say what it is about.")
        #expect(rules.messages["subject.empty"]?["en"] == MessageCatalog.defaults["subject.empty"]?["en"])
        #expect(rules.messages.keys.sorted() == MessageCatalog.keys.sorted())
    }
}
