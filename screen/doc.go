// Package screen is the screening engine: it finds, in the free text of a registration,
// every place that may point to discrimination, and says why.
//
// A Lexicon is a versioned list of terms (format: LEXICON.md in this directory; the
// Dutch default, lexicon_nl.tsv, is embedded). New compiles it into a Screener, whose
// Screen method returns a Result: flagged or not, the union of grounds, and every Hit
// with its term, grounds, match mode, strength, byte offsets into the original UTF-8 text
// and the original substring, plus the lexicon version. A Screener is safe for concurrent
// use by any number of goroutines.
//
//	lex, err := screen.DefaultLexicon()
//	s := screen.New(lex)
//	res := s.Screen("Verdachte riep k4nk3rj00d.")
//	// res.Hits[0]: Term "kankerjood", Match "k4nk3rj00d", Start 15, End 25, Strength "strong"
//
// # Normalisation
//
// Text and lexicon are normalised alike, so evasions meet the terms they hide: case;
// accents and ligatures (é, ë, ĳ, æ, ß, ﬁ); Unicode compatibility forms (fullwidth,
// mathematical, circled letters); letters of other scripts that look Latin (Cyrillic,
// Greek, small capitals); zero-width, format and control characters and combining marks,
// which are dropped; digits and @ $ ! | used as letters inside a word (k4nk3r, h!tler),
// while a number stays a number (1488); three or more one-letter words joined by one or
// two separators ("k a n k e r", "k.a.n.k.e.r", "k-a-n-k-e-r", "k_a_n_k_e_r"); repeated
// letters ("kaaaanker"): a letter written three or more times matches a term's single or
// double letter, while "joden" does not match "jood" (open syllables are separate
// entries). For strong terms of MinFuzzyLetters letters or more, one dropped, doubled or
// swapped letter still matches ("geitneneuker"); the hit is marked fuzzy. Shorter terms
// flood the queue (measured on 20,000 synthetic registrations: at 7 letters "zwartje"
// matched "zwarte" in a quarter of them; at 8, with the last letter of a prefix kept, no
// fuzzy hit at all).
//
// A hit never spans a line break. Prefix and infix hits cover the whole word they are in.
//
// # How it is fast
//
// The matcher is an Aho-Corasick automaton over 27 symbols (boundary and a-z) compiled to
// a dense table whose states stay put on a repeated letter, so it can run directly over
// raw bytes with a 256-entry class table (the fast scan). Most registrations hold no term:
// for them the fast scan, which reads a long text as four interleaved parts with a table
// of its own (fastscan.go), is all the work. It notes the lines where it stops and goes
// on from the next line; only those lines are normalised exactly, matched, and checked
// for run lengths, digits, exceptions and offsets. The fast scan sees a superset of what
// the exact matcher sees; tests and the fuzz target check that, line by line.
//
// The package never does I/O beyond reading a lexicon, and imports nothing of stelsel but
// catalog (the ground codes).
package screen
