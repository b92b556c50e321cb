import Foundation

/// A file of the generated site, by its path inside the output folder, with who publishes it.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data
    /// Who publishes the file; OutputOwnership keeps one owner per path.
    public var owner: OutputOwner
    /// Makes the bytes when the file is written, for a file whose `data` is left empty until then:
    /// `deskbook build` renders its pages as it writes them, so few pages' HTML is in memory at once.
    var renderWhenWritten: (@Sendable () throws -> Data)?

    public init(path: String, data: Data, owner: OutputOwner? = nil) {
        self.path = path
        self.data = data
        self.owner = owner ?? .generator(path)
    }

    public init(path: String, text: String, owner: OutputOwner? = nil) {
        self.init(path: path, data: Data(text.utf8), owner: owner)
    }

    /// A file whose bytes `render` makes when it is written.
    init(path: String, owner: OutputOwner, renderWhenWritten render: @escaping @Sendable () throws -> Data) {
        self.init(path: path, data: Data(), owner: owner)
        renderWhenWritten = render
    }

    /// The bytes, rendered now when they were left for the writing.
    func bytes() throws -> Data {
        try renderWhenWritten?() ?? data
    }

    /// The same file with another owner.
    func owned(by owner: OutputOwner) -> OutputFile {
        var file = self
        file.owner = owner
        return file
    }
}
