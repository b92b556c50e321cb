@testable import DeskbookServer
import Foundation
import Testing

@Suite struct JSONLogHandlerTests {
    @Test func logLinesAreStampedInUTCToTheSecond() throws {
        let stamp = JSONLogHandler.now()
        #expect(stamp.count == 20 && stamp.hasSuffix("Z"))
        let time = try #require(ISO8601DateFormatter().date(from: stamp))
        #expect(abs(time.timeIntervalSinceNow) < 5)
    }
}
