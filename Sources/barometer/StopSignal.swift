import Dispatch
import Foundation
import Synchronization

/// Turns SIGTERM and SIGINT into a request to stop after the batch in hand; a second signal ends the process at
/// once (the open transaction rolls back, so the store stays whole).
final class StopSignal {
    private final class Flag: Sendable {
        let requested = Atomic<Bool>(false)
    }

    private let flag = Flag()
    private var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [flag] in
                if flag.requested.exchange(true, ordering: .sequentiallyConsistent) {
                    FileHandle.standardError.write(Data("barometer: stopping now\n".utf8))
                    Foundation.exit(130)
                }
                FileHandle.standardError.write(
                    Data("barometer: stopping after the batch in hand (signal again to stop at once)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    var isRequested: Bool { flag.requested.load(ordering: .sequentiallyConsistent) }
}
