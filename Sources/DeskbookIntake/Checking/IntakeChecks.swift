/// The checks of a request, in the order they run and report findings.
///
/// A check may read what earlier ones found (the conduct check skips an insult the abuse check already
/// reported), so the order is part of the result. checker.js's `CHECKS` lists the same names in the same order.
enum IntakeChecks {
    static let all: [any IntakeCheck] = [
        FieldsCheck(),
        RequiredGroupsCheck(),
        SubjectCheck(),
        FollowUpCheck(),
        AbuseCheck(),
        ConductCheck(),
        UnclearCheck(),
        ScopeCheck(),
        ErrorReportCheck(),
        TopicsCheck(),
        DocumentationCheck(),
        CompetenceCheck(),
    ]
}

extension IntakeChecker {
    /// Each check's name and codes in the order they run: what checker.js's `CHECKS` must list too.
    public static var checks: [(name: String, codes: [FindingCode])] {
        IntakeChecks.all.map { ($0.name, $0.codes) }
    }
}
