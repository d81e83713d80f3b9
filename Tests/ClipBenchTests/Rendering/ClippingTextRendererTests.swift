import Testing
@testable import ClipBench

struct ClippingTextRendererTests {
    let plain = ClippingTextRenderer(usesColour: false).render(RenderingFixture.annotation, text: RenderingFixture.text)

    /// The rendered lines after the header and legend, without their region prefix.
    var bodyLines: [Substring] {
        plain.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3).map { line in
            guard let bar = line.range(of: " │ ") else { return line }
            return line[bar.upperBound...]
        }
    }

    @Test func marksEntitiesAtScalarOffsetsThroughHarakatAndShadda() {
        // «مُحَمَّدٌ» is 9 scalars but 4 Characters; a Character-based offset would swallow «قالَ».
        #expect(bodyLines[0] == "قالَ [PER مُحَمَّدٌ]")
    }

    @Test func writesDatesWithTheirValueOrNull() {
        #expect(bodyLines[2] == "{DATE=null منذ 5 أيام}")
        // The MISC mention starts inside the PER one and the date inside the MISC one: each is split.
        #expect(bodyLines[3].contains("[PER دميتري [MISC بيسكوف]][MISC  في {DATE=2025-02-18 ١٨}]{DATE=2025-02-18  فبراير}"))
    }

    @Test func splitsAnEntityThatCrossesARegionBorder() {
        // The space between the two regions belongs to neither, so the entity has three pieces.
        #expect(bodyLines[4] == "[ORG تابعونا:][ORG  ]⟦body⟧[ORG وزارة] الخارجية")
    }

    @Test func startsEachLineWithItsRegionLabel() {
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
        let labels = lines.map { $0.components(separatedBy: " │ ").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        #expect(labels == ["headline", "", "metadata", "body", "boilerplate/share", ""])
    }

    @Test func keepsTheTextOtherwiseUnchanged() {
        // Removing the markers gives back the seed, line by line.
        var stripped = bodyLines.map(String.init).joined(separator: "\n")
        for marker in ["[PER ", "[ORG ", "[MISC ", "{DATE=null ", "{DATE=2025-02-18 ", "⟦body⟧", "]", "}"] {
            stripped = stripped.replacingOccurrences(of: marker, with: "")
        }
        #expect(stripped.trimmingCharacters(in: .newlines) == RenderingFixture.string)
    }

    @Test func colourUsesANSIStylesAndNoBrackets() {
        let coloured = ClippingTextRenderer(usesColour: true).render(RenderingFixture.annotation, text: RenderingFixture.text)
        #expect(coloured.contains("\u{1B}[0;1;30;48;5;217mمُحَمَّدٌ"))
        #expect(coloured.contains("\u{1B}[0;36;4mمنذ 5 أيام"))
        #expect(!coloured.contains("[PER "))
        #expect(!plain.contains("\u{1B}["))
    }
}
