package screen

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// charKind says what one character of the input becomes after folding.
type charKind uint8

const (
	kindSep    charKind = iota // a word boundary: space, punctuation, anything unknown
	kindLetter                 // one or more letters a-z
	kindDigit                  // a digit; a letter inside a word (leetspeak), a digit in a number
	kindAmb                    // a symbol used as a letter only inside a word (@ $ ! |)
	kindSkip                   // invisible: zero-width and control characters, combining marks
)

// fold is what one character folds to.
type fold struct {
	kind charKind
	// letters are the folded letters (kindLetter), or the letter a digit or symbol stands
	// for (kindDigit, kindAmb). At most 3 bytes.
	n       uint8
	letters [3]byte
	// joinable separators may stand between spaced-out letters ("k.a.n.k.e.r").
	joinable bool
}

// leet is the letter each digit stands for inside a word. 1 stands for i (not l): the
// more frequent evasion in the development set.
var leet = [10]byte{'o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g'}

// confusables maps letters of other scripts that look like Latin letters (after
// lowercasing) to the Latin letter. Cyrillic, Greek, IPA and small capitals.
var confusables = map[rune]byte{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd',
	'һ': 'h', 'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w', 'ү': 'y', 'ɡ': 'g', 'п': 'n', 'г': 'r', 'ь': 'b',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p',
	'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y', 'ω': 'w', 'μ': 'u', 'ζ': 'z', 'ς': 's', 'σ': 'o',
	// IPA and others
	'ɑ': 'a', 'ı': 'i', 'ɩ': 'i', 'ʀ': 'r', 'ȷ': 'j', 'ɛ': 'e', 'ɔ': 'c', 'ʏ': 'y',
	// small capitals
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i',
	'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ꜱ': 's', 'ᴛ': 't',
	'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z',
}

// special folds letters that Unicode does not decompose.
var special = map[rune]string{
	'æ': "ae", 'œ': "oe", 'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th",
	'ħ': "h", 'ŧ': "t", 'ƀ': "b", 'ɨ': "i", 'ʉ': "u", 'ĸ': "k", 'ŀ': "l", 'ẞ': "ss",
}

// symbols are signs that the lexicon must be able to name. They fold to a letter
// sequence that does not occur in Dutch, so a lexicon entry "卐" matches the sign only.
var symbols = map[rune]string{
	'卐': "xqx", '卍': "xqx", '࿕': "xqx", '࿖': "xqx", '࿗': "xqx", '࿘': "xqx",
}

// joinableRunes may separate spaced-out letters besides the ASCII ones.
var joinableRunes = map[rune]bool{'·': true, '•': true, '‧': true, '∙': true, '⋅': true}

// foldTable holds the folds of the ASCII bytes and of the non-ASCII characters that
// matter, computed once and then only read.
type foldTable struct {
	ascii [128]fold
	dense []fold // 0x80 up to denseEnd
	other map[rune]fold
}

const denseEnd = 0x3000

var folds = sync.OnceValue(buildFolds)

func buildFolds() *foldTable {
	t := &foldTable{dense: make([]fold, denseEnd-0x80), other: map[rune]fold{}}
	for b := 0; b < 128; b++ {
		t.ascii[b] = asciiFold(byte(b))
	}
	for r := rune(0x80); r < denseEnd; r++ {
		t.dense[r-0x80] = computeFold(r)
	}
	ranges := [][2]rune{{0xA720, 0xA800}, {0xFB00, 0xFB50}, {0xFE00, 0xFE70}, {0xFF00, 0xFFF0},
		{0x1D400, 0x1D800}, {0x1F100, 0x1F200}, {0xE0000, 0xE0080}}
	for r := range symbols {
		t.other[r] = computeFold(r)
	}
	for _, rg := range ranges {
		for r := rg[0]; r < rg[1]; r++ {
			if f := computeFold(r); f.kind != kindSep || f.joinable {
				t.other[r] = f
			}
		}
	}
	return t
}

func asciiFold(b byte) fold {
	switch {
	case b >= 'a' && b <= 'z':
		return fold{kind: kindLetter, n: 1, letters: [3]byte{b}}
	case b >= 'A' && b <= 'Z':
		return fold{kind: kindLetter, n: 1, letters: [3]byte{b + 'a' - 'A'}}
	case b >= '0' && b <= '9':
		return fold{kind: kindDigit, n: 1, letters: [3]byte{leet[b-'0']}}
	}
	switch b {
	case '@':
		return fold{kind: kindAmb, n: 1, letters: [3]byte{'a'}}
	case '$':
		return fold{kind: kindAmb, n: 1, letters: [3]byte{'s'}}
	case '!', '|':
		return fold{kind: kindAmb, n: 1, letters: [3]byte{'i'}}
	case ' ', '\t', '.', '-', '_', '*', '/', '+', '~', ',', ':':
		return fold{kind: kindSep, joinable: true}
	case '\n', '\v', '\f', '\r':
		return fold{kind: kindSep}
	}
	if b < 0x20 || b == 0x7f {
		return fold{kind: kindSkip}
	}
	return fold{kind: kindSep}
}

// computeFold folds one non-ASCII character: compatibility decomposition (fullwidth,
// mathematical and circled letters, ligatures), accents removed, lowercased, letters of
// other scripts that look Latin mapped to Latin.
func computeFold(r rune) fold {
	if unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) ||
		unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Variation_Selector, r) {
		return fold{kind: kindSkip}
	}
	if sym, ok := symbols[r]; ok {
		f := fold{kind: kindLetter, n: uint8(len(sym))}
		copy(f.letters[:], sym)
		return f
	}
	if joinableRunes[r] || (unicode.IsSpace(r) && r != 0x85 && r != 0x2028 && r != 0x2029) {
		return fold{kind: kindSep, joinable: true}
	}
	var out []byte
	digits := 0
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		d = unicode.ToLower(d)
		switch {
		case d >= 'a' && d <= 'z':
			out = append(out, byte(d))
		case d >= '0' && d <= '9':
			out = append(out, leet[d-'0'])
			digits++
		default:
			if s, ok := special[d]; ok {
				out = append(out, s...)
			} else if c, ok := confusables[d]; ok {
				out = append(out, c)
			} else {
				return fold{kind: kindSep}
			}
		}
	}
	if len(out) == 0 || len(out) > 3 {
		return fold{kind: kindSep}
	}
	f := fold{kind: kindLetter, n: uint8(len(out))}
	copy(f.letters[:], out)
	if digits > 0 {
		if digits != len(out) || len(out) != 1 {
			return fold{kind: kindSep} // "10." and the like: a number, not a letter
		}
		f.kind = kindDigit
	}
	return f
}

// lookup returns the fold of the character at the start of s and its length in bytes.
// Invalid UTF-8 is a boundary, one byte long.
func (t *foldTable) lookup(s string) (fold, int) {
	if s[0] < utf8.RuneSelf {
		return t.ascii[s[0]], 1
	}
	r, size := utf8.DecodeRuneInString(s)
	return t.rune(r), size
}

func (t *foldTable) rune(r rune) fold {
	switch {
	case r == utf8.RuneError:
		return fold{kind: kindSep}
	case r < denseEnd:
		return t.dense[r-0x80]
	}
	if f, ok := t.other[r]; ok {
		return f
	}
	if unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Variation_Selector, r) {
		return fold{kind: kindSkip}
	}
	return fold{kind: kindSep}
}
