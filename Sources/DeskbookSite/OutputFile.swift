import Foundation

/// A file of the generated site, by its path inside the output folder, with who publishes it.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data
    /// Who publishes the file; OutputOwnership keeps one owner per path.
    public var owner: OutputOwner

    public init(path: String, data: Data, owner: OutputOwner? = nil) {
        self.path = path
        self.data = data
        self.owner = owner ?? .generator(path)
    }

    public init(path: String, text: String, owner: OutputOwner? = nil) {
        self.init(path: path, data: Data(text.utf8), owner: owner)
    }

    /// The same file with another owner.
    func owned(by owner: OutputOwner) -> OutputFile {
        var file = self
        file.owner = owner
        return file
    }
}
