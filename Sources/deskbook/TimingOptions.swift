import ArgumentParser

/// `--timings`, shared by the commands that build.
struct TimingOptions: ParsableArguments {
    @Flag(help: "Print how long each build phase took (with serve: each rebuild's).")
    var timings = false
}
