import Foundation
import GRDB
import Testing

/// A small tmpfs mounted for one test, so a full or read-only disk is real, not simulated.
final class SmallDisk {
    let mountPoint: String

    init?(bytes: Int) {
        mountPoint =
            FileManager.default.temporaryDirectory.appendingPathComponent("barometer-disk-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", mountPoint]) == 0 else { return nil }
    }

    func remount(readOnly: Bool) -> Bool {
        Self.run(["mount", "-o", "remount,\(readOnly ? "ro" : "rw")", mountPoint]) == 0
    }

    deinit {
        _ = Self.run(["umount", mountPoint])
        try? FileManager.default.removeItem(atPath: mountPoint)
    }

    @discardableResult
    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Mounting needs root (CI and the development machines run as root).
    static var available: Bool { getuid() == 0 }
}

@Suite("Disk faults: a clear error, nothing half-written, the store still opens", .serialized)
struct DiskFaultTests {
    @Test(
        "a full disk stops the run with a message; whole batches only; the store opens afterwards",
        .enabled(if: SmallDisk.available, "mounting a small tmpfs needs root"))
    func fullDisk() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addNews(count: 400)
        let disk = try #require(SmallDisk(bytes: 600_000), "could not mount a tmpfs")
        let db = disk.mountPoint + "/store.sqlite"
        let result = try CommandRunner.run([
            "nightly", "--inbox", workspace.inbox, "--db", db, "--archive", workspace.archive, "--batch", "20",
        ])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("free disk space") || result.standardError.contains("cannot"))
        #expect(!result.standardError.contains("Fatal error"))
        // Everything archived is stored; the store opens and lists whole batches.
        let export = try CommandRunner.run(["export", "documents", "--db", db, "--format", "csv"])
        #expect(export.status == 0, "\(export.standardError)")
        let stored = csvRows(export.standardOutput).count - 1
        #expect(stored > 0 && stored < 400)
        #expect(stored % 20 == 0, "whole batches only, got \(stored)")
        #expect(workspace.files(in: workspace.archive).count == stored)
    }

    @Test(
        "a read-only disk: a clear error naming the store, exit 1, the store unchanged",
        .enabled(if: SmallDisk.available, "mounting a small tmpfs needs root"))
    func readOnlyDisk() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        let disk = try #require(SmallDisk(bytes: 4_000_000), "could not mount a tmpfs")
        let db = disk.mountPoint + "/store.sqlite"
        let first = try CommandRunner.run(["ingest", datasetsSeeds, "--db", db, "--quiet"])
        #expect(first.status == 0)
        #expect(disk.remount(readOnly: true))
        let result = try CommandRunner.run(["nightly", "--inbox", workspace.inbox, "--db", db])
        #expect(result.status == 1)
        #expect(result.standardError.contains(disk.mountPoint))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(disk.remount(readOnly: false))
        let export = try CommandRunner.run(["export", "documents", "--db", db, "--format", "csv"])
        #expect(export.status == 0)
        #expect(csvRows(export.standardOutput).count == 6)
    }

    var datasetsSeeds: String { CommandRunner.packageRoot.appendingPathComponent("datasets/seeds").path }
}

@Suite("A store locked by another process")
struct LockedStoreTests {
    @Test("nightly waits for the lock, then stops with a clear message; nothing half-written; the store opens after")
    func lockedStore() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        let seeded = try CommandRunner.run(["ingest", workspace.inbox, "--db", workspace.db, "--quiet"])
        #expect(seeded.status == 0)
        try FileManager.default.removeItem(atPath: workspace.inbox)
        try FileManager.default.createDirectory(atPath: workspace.inbox, withIntermediateDirectories: true)
        try Data("Shares of the company rose 3% on Tuesday.\n".utf8).write(
            to: URL(fileURLWithPath: workspace.inbox + "/new.txt"))

        // Another process (this test) holds the store's write lock for the whole nightly run.
        let holder = try DatabaseQueue(path: workspace.db)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            let result = try CommandRunner.run([
                "nightly", "--inbox", workspace.inbox, "--db", workspace.db, "--archive", workspace.archive,
            ])
            #expect(result.status == 1, "\(result.standardError)")
            #expect(result.standardError.contains("locked by another process"))
            try db.execute(sql: "ROLLBACK")
        }
        #expect(workspace.files(in: workspace.inbox) == ["new.txt"])
        #expect(try workspace.documentCount() == 5)
        // Once the lock is gone, the next run stores the file.
        #expect(try workspace.nightly().status == 0)
        #expect(try workspace.documentCount() == 6)
    }
}
