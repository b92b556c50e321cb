extension CheckContext {
    /// One finding per out-of-scope topic whose words occur in the subject or description.
    mutating func checkScope() {
        for topic in rules.outOfScope where terms.matches(topic.words, in: mainTexts) {
            let pointer = topic.pointer.text(in: language)
            findings.add(.scopeOutside, field: nil, ["pointer": topic.url.map { pointer + " " + $0 } ?? pointer])
        }
    }
}
