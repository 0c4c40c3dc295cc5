package screen

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Signs for letters ("@fghanen", "$yriërs", "h*mo's", "n€ger"). The plain normaliser
// reads @ $ ! | as letters only between the letters of a word, and * and € as
// punctuation; at the start or end of a word it cannot tell "@fghanen" from "@Jan". So a
// segment with a sign next to the letters of a word is also screened in other readings,
// in which such a sign stands for one of its letters, and the hits of all readings count.
// A reading only adds hits: the plain reading is always one of them, so "Hij zei: @Jan",
// "homo!", "€12", "$ 5" and footnote stars find exactly what they found before, and a
// text without such signs is screened as before.
//
// Where a sign may be a letter, in a word (a run of characters that are not separators;
// * and € count as part of the word) that has at least one letter:
//   - between letters or digits of the word: * (a vowel), @ (also e, i, o or u:
//     "vl@chtelingen", "d@ve"), € (e) and | (also l);
//     @ $ ! | are letters there already in the plain reading;
//   - at the start of the word (letters or digits only after it): @ $ ! | * €;
//   - at the end (letters or digits only before it): @ $ | * €, not ! (it ends a
//     sentence: "homo!").
// A word of digits only ("€12", "$5") is a number: its signs stay signs.

// signInfo is what a sign may stand for.
type signInfo struct {
	inner string // letters inside a word besides its plain fold
	edge  string // letters at the start or end of a word
	start bool   // whether it may be a letter at the start of a word
	end   bool   // whether it may be a letter at the end of a word
	// digit: a digit, whose plain fold is a letter already (leetspeak, fold.go) and which
	// is a spot only with a letter near it in its word (digitNearLetter); in a number it
	// stays a digit. A run of them is read one by one, not linked.
	digit bool
}

var signs = map[rune]signInfo{
	'@': {inner: "eiou", edge: "a", start: true, end: true},
	'$': {edge: "s", start: true, end: true},
	'!': {edge: "i", start: true},
	'|': {inner: "l", edge: "il", start: true, end: true},
	'*': {inner: "aeiou", edge: "aeiou", start: true, end: true},
	'€': {inner: "e", edge: "e", start: true, end: true},
	// 1 is an i in the plain reading (leetspeak) and may be an l too: "P013n", "b1inden".
	'1': {inner: "l", edge: "l", start: true, digit: true},
}

// digitNearLetter reports whether the digit at text[i] may be a letter: whether it stands
// in a word (no separator between) with a letter within 24 bytes either way. A character
// beyond ASCII counts as a letter here (signSpots then reads the word exactly).
func digitNearLetter(text string, i int) bool {
	t := folds()
	letter := func(b byte) (bool, bool) { // letter, separator
		if b >= utf8.RuneSelf {
			return true, false
		}
		return t.ascii[b].kind == kindLetter, t.ascii[b].kind == kindSep && !signByte[b]
	}
	for j := i - 1; j >= max(0, i-24); j-- {
		if l, sep := letter(text[j]); l {
			return true
		} else if sep {
			break
		}
	}
	for j := i + 1; j < min(len(text), i+25); j++ {
		if l, sep := letter(text[j]); l {
			return true
		} else if sep {
			break
		}
	}
	return false
}

// signByte marks the bytes that start a sign (the lead byte of €).
var signByte = func() (m [256]bool) {
	for r := range signs {
		var b [4]byte
		utf8.EncodeRune(b[:], r)
		m[b[0]] = true
	}
	return m
}()

// signAt returns the sign at text[i] and its length, or ok false.
func signAt(text string, i int) (info signInfo, size int, ok bool) {
	b := text[i]
	if !signByte[b] {
		return signInfo{}, 0, false
	}
	if b < utf8.RuneSelf {
		info, ok = signs[rune(b)]
		return info, 1, ok
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	info, ok = signs[r]
	return info, size, ok
}

// What a sign becomes in a reading: signKeep leaves the character as the plain reading
// has it, signSep makes it a boundary, a-z that letter.
const (
	signKeep = 0
	signSep  = '"'  // a separator that does not join spaced-out letters, as @ at a word start
	signSkip = 0x01 // left out (an invisible control byte): the letters on both sides are one word
)

// signSpot is a sign that may be a letter, and what it may become; cands[0] is what it
// is in the plain reading. Spots of one word share word (the offset of the word's first
// visible character); a spot right after the same sign is linked to it and reads as it
// does ("d**d" is "dood", not "doed").
type signSpot struct {
	at, size int32
	cands    string
	word     int32
	link     bool
}

// MaxReadings is the most readings a segment is screened in (and fewer in a long one,
// see readingBudget).
const MaxReadings = 256

// readingBytes bounds the bytes normalised for the readings of one segment.
const readingBytes = 1 << 20

// readingBudget returns how many readings a segment of n bytes may be screened in.
func readingBudget(n int) int { return min(MaxReadings, max(1, readingBytes/max(1, n))) }

// signSpots appends the signs of line that may be letters, in order.
func signSpots(line string, dst []signSpot) []signSpot {
	// Most segments have no sign, or only signs between separators ("€ 250", "!" at the
	// end of a sentence): mayBeLetter says which may be letters.
	i := 0
	for ; i < len(line); i++ {
		if signByte[line[i]] {
			if info, size, ok := signAt(line, i); ok && mayBeLetter(line, i, size, info) {
				break
			}
		}
	}
	if i == len(line) {
		return dst
	}
	t := folds()
	i = 0
	for i < len(line) {
		// A word: characters that are not separators, and signs.
		from := len(dst)
		word, firstLD, lastLD, letter := int32(-1), -1, -1, false
		for i < len(line) {
			info, size, isSign := signAt(line, i)
			if isSign {
				if word < 0 {
					word = int32(i)
				}
				dst = append(dst, signSpot{at: int32(i), size: int32(size), cands: info.edge, word: word})
				i += size
				continue
			}
			f, size := t.lookup(line[i:])
			if f.kind == kindSep {
				break
			}
			if f.kind != kindSkip && word < 0 {
				word = int32(i)
			}
			if f.kind == kindLetter || f.kind == kindDigit {
				if firstLD < 0 {
					firstLD = i
				}
				lastLD, letter = i, letter || f.kind == kindLetter
			}
			i += size
		}
		dst = classifySigns(line, dst, from, firstLD, lastLD, letter)
		if i < len(line) {
			_, size := t.lookup(line[i:])
			i += size // the separator
		}
	}
	return dst
}

// classifySigns keeps, of the signs dst[from:] of one word, those that may be letters,
// with their candidates.
func classifySigns(line string, dst []signSpot, from, firstLD, lastLD int, letter bool) []signSpot {
	if !letter {
		return dst[:from]
	}
	out := dst[:from]
	for _, sp := range dst[from:] {
		info, _, _ := signAt(line, int(sp.at))
		if info.digit && !digitNearLetter(line, int(sp.at)) {
			continue // no letter near: as the fast scan has it
		}
		amb := line[sp.at] < utf8.RuneSelf && folds().ascii[line[sp.at]].kind == kindAmb
		before, after := firstLD >= 0 && firstLD < int(sp.at), lastLD > int(sp.at)
		var c string
		switch {
		case before && after:
			if info.inner != "" {
				c = "\x00" + info.inner // * and € are separators in the plain reading, @ $ ! | letters
			}
			if line[sp.at] == '*' {
				c += string(rune(signSkip)) // "mos*lims" (joinerSpots)
			}
		case after && info.start, before && info.end:
			if amb {
				c = string(rune(signSep)) + info.edge
			} else {
				c = "\x00" + info.edge
			}
		}
		if c != "" {
			sp.cands = c
			if n := len(out); n > from && !info.digit && out[n-1].at+out[n-1].size == sp.at && line[out[n-1].at:sp.at] == line[sp.at:sp.at+sp.size] {
				sp.link = true
			}
			out = append(out, sp)
		}
	}
	return out
}

// reading writes line into buf with the spots read as choice has them (an index into
// each spot's cands) and returns it. A multi-byte sign read as a letter is the letter
// and invisible control bytes, so that every offset stays.
func reading(buf []byte, line string, spots []signSpot, choice []uint8) []byte {
	buf = append(buf[:0], line...)
	for k, sp := range spots {
		switch c := sp.cands[choice[k]]; c {
		case signKeep:
		case signSep:
			buf[sp.at] = signSep
		default:
			buf[sp.at] = c
			for j := sp.at + 1; j < sp.at+sp.size; j++ {
				buf[j] = 0x01
			}
		}
	}
	return buf
}

// fixSpans gives the symbols of a multi-byte sign read as a letter their whole
// character: reading left it one byte.
func fixSpans(st *stream, spots []signSpot, choice []uint8) {
	j := 0
	for k, sp := range spots {
		if c := sp.cands[choice[k]]; sp.size == 1 || c == signKeep || c == signSep {
			continue
		}
		end := sp.at + 1
		for j < len(st.s) && st.s[j].end < end {
			j++
		}
		for ; j < len(st.s) && st.s[j].end == end; j++ {
			st.s[j].end = sp.at + sp.size
		}
	}
}

// A separator may split a word to hide it: "Arab-ieren", "mos.lims", "jo_den", "walgeli.jk".
// joinerSpots adds to spots (sorted by offset) the hyphens and underscores between two
// ASCII letters, and with dots the dots too, each a word of its own read plain and left
// out (signSkip), so that the word is also screened whole. Not inside e-mail addresses
// and web addresses ("j.devries@politie.nl", "www.moskee-ede.nl"), nor between two
// one-letter words ("o.a."); digits are no letters here (prices, times: "12.50",
// "0900-8844"). The fast scan reads a hyphen or underscore through itself (joiner); a dot,
// which it does not, only counts in a segment in which the plain reading found a hit or a
// class member (screenLine, plainFound), which the fast scan always stops in.
//
// worth, if not nil, says whether the word made whole (without the sign at offset join)
// holds a term across the join: a reading of the segment costs as much as the plain one,
// and most hyphens join ordinary compounds ("Noord-Holland").
func joinerSpots(line string, spots []signSpot, dots bool, worth func(word string, join int) bool) []signSpot {
	n := len(spots)
	tokenEnd := -1 // the end of the last token found to be an address
	for i := 1; i+1 < len(line); i++ {
		c := line[i]
		if c != '-' && c != '_' && (c != '.' || !dots) || asciiLetter[line[i-1]] == 0 || asciiLetter[line[i+1]] == 0 || i < tokenEnd {
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && asciiLetter[line[lo-1]] != 0 {
			lo--
		}
		for hi < len(line) && asciiLetter[line[hi]] != 0 {
			hi++
		}
		if i-lo < 2 && hi-i-1 < 2 {
			continue
		}
		if te := addressEnd(line, i); te > 0 {
			tokenEnd = te
			continue
		}
		if worth != nil {
			// With the words on both sides, for the phrases across the join ("in bra-nd").
			wlo, whi := lo, hi
			for k := 0; k < 2; k++ {
				for wlo > 0 && (k == 0) == (line[wlo-1] == ' ') {
					wlo--
				}
				for whi < len(line) && (k == 0) == (line[whi] == ' ') {
					whi++
				}
			}
			if !worth(line[wlo:whi], i-wlo) {
				continue
			}
		}
		spots = append(spots, signSpot{at: int32(i), size: 1, cands: "\x00" + string(rune(signSkip)), word: int32(i)})
	}
	if len(spots) > n && n > 0 {
		slices.SortStableFunc(spots, func(a, b signSpot) int { return int(a.at - b.at) })
	}
	return spots
}

// addressEnd returns the end of the token around line[i] (between blanks, quotes and
// brackets) when it is an e-mail or web address, else 0.
func addressEnd(line string, i int) int {
	lo, hi := i, i
	for lo > 0 && !tokenEdge(line[lo-1]) {
		lo--
	}
	for hi < len(line) && !tokenEdge(line[hi]) {
		hi++
	}
	t := line[lo:hi]
	if strings.ContainsAny(t, "@/") || len(t) > 4 && strings.EqualFold(t[:4], "www.") {
		return hi
	}
	return 0
}

// tokenEdge reports whether b ends a token for addressToken.
func tokenEdge(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '"', '\'', '(', ')', '<', '>', '[', ']', ',', ';':
		return true
	}
	return false
}
