import DeskbookCore
import Testing

@Suite struct PathContainmentTests {
    @Test func aPathIsInsideItselfAndTheFoldersAboveIt() {
        #expect(Path.isInside("content/en/a.md", "content/en"))
        #expect(Path.isInside("content/en/a.md", "content/en/a.md"))
        #expect(Path.isInside("/srv/site/content/статья.md", "/srv/site"))
        #expect(Path.isInside("content/en", ""))
        #expect(Path.isInside("/srv", "/"))
    }

    @Test func aSharedPrefixIsNotAFolder() {
        #expect(!Path.isInside("content/english/a.md", "content/en"))
        #expect(!Path.isInside("content", "content/en"))
        #expect(!Path.isInside("/srv/site", ""))
        #expect(!Path.isInside("srv/site", "/"))
        #expect(!Path.isInside("/srv/sitе", "/srv/site"))  // the last letter is Cyrillic
    }
}
