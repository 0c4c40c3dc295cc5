package screen

import "strings"

// Sentences, for the fast scan and for the rules alike: the fast scan notes segments (a
// line, or in a line a sentence that ends with . ! or ? and a space after a word of two
// or more letters), and the rules read sentences inside a segment (sentenceEnds). A
// segment is always whole sentences, so what the rules see in the exact matcher is what
// they would see in the whole text. In hit-dense prose a paragraph has a term in one
// sentence, and only the sentences that the fast scan stops in are normalised and matched
// exactly. A segment break is a boundary, as a line break is, so what holds for lines
// holds for segments; hits and rules never span one. Spaced letters ("k. a. n. k. e. r.")
// and abbreviations ("i.v.m. ") are not split.
//
// A sentence that takes up the group of the one before it by a pronoun ("Moslims denken
// dat ze beter zijn. Ik haat ze.") is no segment break: the rules that need a group and a
// hostile word in one sentence count the group of the sentence before (rules.go,
// evaluate). Inside such a segment no hit spans the sentence end ("zwarte. Mensen" is no
// phrase: softEnds).

// segmentStart returns the offset of the segment that holds text[i] (a line break belongs
// to the line it ends).
func segmentStart(text string, i int) int {
	for k := min(i, len(text)) - 1; k >= 0; k-- {
		if segEnd[text[k]] && (text[k] == '\n' || (k+1 < len(text) && segmentBreak(text, k+1))) {
			return k + 1
		}
	}
	return 0
}

// nextSegment returns the offset of the segment after the one that holds text[i], or
// len(text).
func nextSegment(text string, i int) int {
	for k := i; k < len(text)-1; k++ {
		if segEnd[text[k]] && (text[k] == '\n' || segmentBreak(text, k+1)) {
			return k + 1
		}
	}
	return len(text)
}

// segEnd marks the bytes that a segment can end with: a line break, and . ! ? before a
// space (segmentBreak); the loops above test the rest only after one of them.
var segEnd = [256]bool{'\n': true, '.': true, '!': true, '?': true}

// segmentBreak reports whether a segment starts at text[j] (after a sentence end).
func segmentBreak(text string, j int) bool {
	if !sentenceBreak(text, j) {
		return false
	}
	_, _, up := takenUp(text[j:])
	return !up
}

// sentenceBreak reports whether text[j] is the space after a sentence end that would
// break a segment if the sentence after it did not take up the one before.
func sentenceBreak(text string, j int) bool {
	if j < 3 || text[j] != ' ' {
		return false
	}
	switch text[j-1] {
	case '.':
		return asciiLetter[text[j-2]] != 0 && asciiLetter[text[j-3]] != 0 && !abbreviationAt(text, j-1)
	case '!':
		return asciiLetter[text[j-2]] != 0 && asciiLetter[text[j-3]] != 0
	case '?':
		// "Asielzoekers? Die moeten ..." is one statement (anaphoraAfter).
		return asciiLetter[text[j-2]] != 0 && asciiLetter[text[j-3]] != 0 && !anaphoraAfter(text[j:])
	}
	return false
}

// softEnds appends the offsets in line of the sentence ends that do not break its
// segment because the sentence after takes up the one before: no hit may span one.
func softEnds(line string, dst []int) []int {
	for j := 3; j < len(line); j++ {
		if line[j] == ' ' && segEnd[line[j-1]] && sentenceBreak(line, j) {
			if _, _, up := takenUp(line[j:]); up {
				dst = append(dst, j-1)
			}
		}
	}
	return dst
}

// sentenceEnds returns the byte offsets in line of the signs that end a sentence: . ! ?
// followed by a space or the end of the line, but not the dot of an abbreviation.
// A question answered by a pronoun that points back to it ends none either: in
// "Asielzoekers? Die moeten ze allemaal ophangen." the group and the threat are one
// statement.
func sentenceEnds(line string, dst []int) []int {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '.', '!', '?':
			if i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t' || line[i+1] == '"' || line[i+1] == '\'' {
				if line[i] == '?' && anaphoraAfter(line[i+1:]) || line[i] == '.' && abbreviationAt(line, i) {
					continue
				}
				dst = append(dst, i)
			}
		}
	}
	return dst
}

// anaphors are the pronouns that, right after a question, take up what it asked about:
// "Asielzoekers? Die moeten ...", "Ken je die X? Het zijn beesten.", "... ? Ik haat ze.",
// "... ? Hun plek is ...".
var anaphors = []string{"die", "dat", "ze", "zij", "zulke", "het", "hun", "hen", "ik", "we", "wij"}

// anaphoraAfter reports whether rest (the text after a question mark) starts, after
// spaces and quotes, with one of the anaphors as a whole word.
func anaphoraAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\"'")
	for _, a := range anaphors {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
			c := rest[len(a)]
			if c == ' ' || c == ',' || c == '\t' {
				return true
			}
		}
	}
	return false
}

// The words by which a sentence takes up the group of the sentence before it: plural
// pronouns anywhere in it ("Ik haat ze.", "Hun cultuur is ..."), a demonstrative that
// opens it ("Die moeten weg."), and a demonstrative before a noun for people ("Zo smerig,
// die mensen.", "dat soort", "Wat een walgelijk volk.").
var (
	takeUpWords = map[string]bool{"ze": true, "zij": true, "hen": true, "hun": true, "zulke": true, "zulk": true, "volk": true}
	takeUpFirst = map[string]bool{"die": true, "deze": true}
	takeUpPairs = map[[2]string]bool{{"die", "mensen"}: true, {"deze", "mensen"}: true, {"die", "types"}: true,
		{"deze", "types"}: true, {"die", "lui"}: true, {"dat", "soort"}: true}
	// takeUpOpening are the pairs that take up the group only as the sentence's first two
	// words: "Ik ken veel moslims. Het zijn allemaal ratten." ("het" elsewhere, or before
	// another verb, is mostly no group: "Het slachtoffer verklaarde ...").
	takeUpOpening = map[[2]string]bool{{"het", "zijn"}: true, {"het", "is"}: true, {"het", "waren"}: true, {"het", "was"}: true}
)

// takenUp reports whether the sentence that starts rest (after a sentence end) holds a
// word that takes up the sentence before, and where in rest it is (the first one).
func takenUp(rest string) (start, end int, ok bool) {
	var prev string
	prevStart, first, second := 0, true, false
	for i := 0; i < len(rest); {
		c := rest[i]
		if c == '\n' || (c == '.' || c == '!' || c == '?') && (i+1 == len(rest) || rest[i+1] == ' ') && !(c == '.' && abbreviationAt(rest, i)) {
			return 0, 0, false
		}
		if asciiLetter[c] == 0 {
			if c != ' ' && c != ',' && c != '"' && c != '\'' {
				prev = "" // a pair is two words with only a space or comma between
			}
			i++
			continue
		}
		j := i
		for j < len(rest) && asciiLetter[rest[j]] != 0 {
			j++
		}
		if j-i > 6 { // longer than any take-up word
			prev, first, second, i = "", false, false, j
			continue
		}
		w := strings.ToLower(rest[i:j])
		switch {
		case takeUpWords[w], first && takeUpFirst[w]:
			return i, j, true
		case prev != "" && (takeUpPairs[[2]string{prev, w}] || second && takeUpOpening[[2]string{prev, w}]):
			return prevStart, j, true
		}
		prev, prevStart, second, first, i = w, i, first, false, j
	}
	return 0, 0, false
}

// abbreviations are the abbreviations, without their last dot, whose dot ends no sentence:
// the shorthand of police registrations ("De kippa van mld. werd van zijn hoofd
// geslagen" is one sentence) and common Dutch ones. Written lower-case; the text may
// capitalise them ("Vdt. verklaarde"). Left out: those that mostly end an enumeration and
// so a sentence ("e.a.", "e.d.", "etc.").
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range strings.Fields(`
		mld vdt bet betr bel aang get verb verbal coll
		o.a bijv bv ca nr dhr mevr mw mr dr ong plm evt incl excl tel resp vlgs
		i.v.m t.a.v z.g zg zgn m.b.t n.a.v t.h.v d.d i.o.m z.s.m p.v m.u.v o.b.v a.d.h.v i.c.m`) {
		m[a] = true
	}
	return m
}()

// maxAbbreviation is the length of the longest abbreviation.
const maxAbbreviation = 7

// abbreviationAt reports whether the dot at text[k] ends an abbreviation: the letters and
// dots before it, from a separator or the start, are one.
func abbreviationAt(text string, k int) bool {
	i := k
	for i > 0 && k-i <= maxAbbreviation && (asciiLetter[text[i-1]] != 0 || text[i-1] == '.') {
		i--
	}
	if i == k || k-i > maxAbbreviation || i > 0 && (text[i-1] >= '0' && text[i-1] <= '9' || text[i-1] >= 0x80) {
		return false
	}
	var b [maxAbbreviation]byte
	for n := i; n < k; n++ {
		c := text[n]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n-i] = c
	}
	return abbreviations[string(b[:k-i])]
}
