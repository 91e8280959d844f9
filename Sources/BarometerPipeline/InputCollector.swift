import Foundation

/// One file to read, with the metadata its folder's manifest gives for it.
public struct InputFile: Sendable, Hashable {
    public var url: URL
    public var format: ArticleFormat
    public var manifest: ArticleMetadata?
}

/// What `barometer ingest PATH...` reads: files, folders (recursively) and `-` for standard input.
public enum IngestInput: Sendable, Hashable {
    case file(InputFile)
    case standardInput
}

/// Expands the paths given on the command line into the files to read.
///
/// Folders are walked recursively in name order; hidden files and folders are skipped; files of formats Barometer
/// does not read are skipped with a note. A `manifest.json` gives metadata for the files of its own folder, also
/// when a file of that folder is named directly.
public struct InputCollector {
    public init() {}

    /// - Parameter inbox: read a nightly inbox: a folder without articles is nothing to do rather than an error,
    ///   and manifest entries for files already moved to the archive are expected rather than errors.
    public func collect(_ paths: [String], inbox: Bool = false, diagnostics: inout [Diagnostic]) -> [IngestInput] {
        var inputs: [IngestInput] = []
        var manifests: [String: Manifest] = [:]
        let fileManager = FileManager.default

        func manifest(for folder: URL) -> Manifest? {
            let key = folder.standardizedFileURL.path
            if let cached = manifests[key] { return cached }
            let url = folder.appendingPathComponent(Manifest.fileName)
            guard fileManager.fileExists(atPath: url.path) else { return nil }
            let loaded = Manifest.load(url, diagnostics: &diagnostics)
            manifests[key] = loaded
            return loaded
        }

        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, path, "no such file or folder: check the path"))
                continue
            }
            let url = URL(fileURLWithPath: path)
            if isDirectory.boolValue {
                let found = files(in: url, diagnostics: &diagnostics)
                if found.isEmpty && !inbox {
                    diagnostics.append(
                        Diagnostic(
                            .error, path,
                            "folder holds no articles (.txt, .md, .html, .json, .jsonl): check the path"))
                }
                for file in found {
                    let folder = file.deletingLastPathComponent()
                    inputs.append(.file(input(file, manifest: manifest(for: folder))))
                }
                if !inbox { checkManifests(under: url, manifests: manifests, diagnostics: &diagnostics) }
            } else {
                let folderManifest = manifest(for: url.deletingLastPathComponent())
                inputs.append(.file(input(url, manifest: folderManifest)))
            }
        }
        return inputs
    }

    private func input(_ url: URL, manifest: Manifest?) -> InputFile {
        // A file named directly is read as text when its extension is unknown.
        InputFile(
            url: url, format: ArticleFormat(pathExtension: url.pathExtension) ?? .text,
            manifest: manifest?.entries[url.lastPathComponent]?.metadata)
    }

    /// Article files below a folder, in path order.
    private func files(in folder: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            diagnostics.append(Diagnostic(.error, folder.path, "cannot list the folder: check its permissions"))
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if url.lastPathComponent == Manifest.fileName { continue }
            if ArticleFormat(pathExtension: url.pathExtension) == nil {
                diagnostics.append(Diagnostic(.note, url.path, "skipped: not an article format Barometer reads"))
                continue
            }
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Reports manifest entries that name files their folder does not hold.
    private func checkManifests(under root: URL, manifests: [String: Manifest], diagnostics: inout [Diagnostic]) {
        let rootPath = root.standardizedFileURL.path
        for (folder, manifest) in manifests.sorted(by: { $0.key < $1.key }) where folder.hasPrefix(rootPath) {
            for name in manifest.entries.keys.sorted() {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                if !FileManager.default.fileExists(atPath: path) {
                    diagnostics.append(
                        Diagnostic(
                            .error, URL(fileURLWithPath: folder).appendingPathComponent(Manifest.fileName).path,
                            "names \"\(name)\", which is not in its folder: fix or remove the entry"))
                }
            }
        }
    }
}
