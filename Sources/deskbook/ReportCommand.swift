import ArgumentParser
import DeskbookTickets
import Foundation

/// `deskbook report`: how well self-service worked over a period, from the intake service's store.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report how often the help center answered questions before a request was sent.",
        discussion: """
            Reads the intake service's store: the self-service rate (questions answered by an article, over \
            those plus the requests submitted), the top searches with no results, the articles that answered \
            most often, the articles voted unhelpful with their reasons, the requests per department and the \
            median time to first response where a helpdesk reports it. Exits 2 when there is no store.
            """
    )

    @Option(help: "The period that ends now: a number of hours, days or weeks, such as 12h, 30d or 2w.")
    var since = "30d"

    @Option(name: .customLong("lang"), help: "Only events and requests in this language.")
    var language: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "The site folder whose store is read.")
    var source = "."

    @Option(help: "The request store, a SQLite file or a postgres:// URL (default: $DESKBOOK_STORE_URL, intake.yml store, or <source>/.deskbook/intake.sqlite).")
    var store: String?

    func validate() throws {
        guard ReportPeriod.seconds(since) != nil else {
            throw ValidationError("--since takes a period such as 12h, 30d or 2w (at most 100000 of them), not '\(since)'")
        }
    }

    func run() async throws {
        let store = try await RequestsCommand.openStore(option: self.store, source: source)
        let end = Date()
        let start = end.addingTimeInterval(-(ReportPeriod.seconds(since) ?? 0))
        let report: SelfServiceReport
        do {
            report = SelfServiceReport.compute(
                events: try await store.events(from: start, to: end), requests: try await store.requestFacts(from: start, to: end),
                from: start, to: end, language: language
            )
        } catch {
            Console.error("error: the store could not be read: \(error)")
            throw ExitCode(2)
        }
        print(json ? String(decoding: report.json(), as: UTF8.self) : report.text())
    }
}
