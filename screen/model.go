package screen

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The text model (issue 11): the third section of a lexicon, a logistic regression over
// the words of a text, trained on labelled registrations (`stelsel lexicon
// train`). It reads what no term or rule names ("keek naar zijn huid en zei 'vanavond
// niet'", "liever geen kandidaat met een islamitische naam"): a text that the terms and
// rules leave below FlagScore and whose chance by the model reaches the model's threshold
// is flagged, with a score between FlagScore and ModelMaxScore, below StrongScore; beside
// a term of the text (a group word, an attribute) up to ModelTermMaxScore, a strong signal
// from a chance of about 0.97. A text the terms and rules flag below StrongScore gets the
// model's hit when it scores higher (a strong signal from the same chance). It lowers only through its counterweight (below). A model
// hit is explained by the words that weighed most.
//
// The model also lowers: when the words of a text with a strong signal weigh together at
// most the model's counterweight (the line "(tegenwicht)", without the intercept: words of
// ordinary police work, thanks, a refuted suspicion), every hit of StrongScore and more
// scores ModelMaxScore, still flagged, below the strong signals; its explanation names the
// words that weighed most against. The lowering is measured like the flagging
// (LEXICON.md, "The text model").

// ModeModel is the Mode (and Term) of a hit made by the text model.
const ModeModel = "model"

const (
	// ModelMaxScore is the highest score of a model hit in a text without another hit:
	// FlagScore at the threshold, up to this at chance 1, below StrongScore.
	ModelMaxScore = 45
	// ModelTermMaxScore is the highest score of a model hit beside a term or rule hit of
	// the text below StrongScore (a group word, an attribute): StrongScore from a chance of
	// about 0.97 (threshold 0.8). Measured on the registrations development sets: recall
	// at >= 50 up 0.5-3 points, no neutral text at >= 50 more (LEXICON.md).
	ModelTermMaxScore = 55

	// MaxModelFeatures is the most features a lexicon's model may have.
	MaxModelFeatures = 50000
	// maxModelWeight bounds every weight and the intercept.
	maxModelWeight = 50

	modelMaxWord = 64 // longer words are no features

	modelBias      = "(basis)"
	modelTrigger   = "(aanleiding)"
	modelThreshold = "(drempel)"
	modelCounter   = "(tegenwicht)"
)

// modelSlot is one slot of a model's weights table.
type modelSlot struct {
	key uint64
	w   float32
}

// Model is a lexicon's text model. It is immutable.
type Model struct {
	bias      float64
	threshold float64
	trigger   float64 // the weight from which a feature is a trigger word
	// counter is the summed weight of a text's words (without the intercept) at or below
	// which the model lowers its strong signals; lowers says whether the lexicon has one.
	counter float64
	lowers  bool
	// slots are the weights by hash, open addressing (a zero key is an empty slot; the
	// hashes are stored with their lowest bit set), at most half full; tags holds the
	// low half of each slot's key, so that the probe of a word that is no feature (most
	// words) reads a table a quarter of the size, which stays in the cache.
	slots    []modelSlot
	tags     []uint32
	names    map[uint64]string
	features []ModelFeature // file order
}

// ModelFeature is one weight of a text model: a word ("huid", folded: lower case, without
// accents).
type ModelFeature struct {
	Name   string  `json:"kenmerk"`
	Weight float64 `json:"gewicht"`
	Line   int     `json:"-"`
}

// Trigger is the weight from which a feature is a trigger word: without a lexicon term or
// class member, the model reads only a text with a trigger word.
func (m *Model) Trigger() float64 { return m.trigger }

// Triggers returns the trigger words.
func (m *Model) Triggers() []string {
	var out []string
	for _, f := range m.features {
		if f.Weight >= m.trigger {
			out = append(out, f.Name)
		}
	}
	return out
}

// StrongChance is the chance from which a model hit beside a term of the text is a strong
// signal (ModelTermMaxScore).
func (m *Model) StrongChance() float64 {
	return m.threshold + (1-m.threshold)*float64(StrongScore-FlagScore)/float64(ModelTermMaxScore-FlagScore)
}

// Counterweight is the summed weight of a text's words (without the intercept) at or
// below which the model lowers the text's strong signals to ModelMaxScore; ok is false
// when the model lowers nothing (a lexicon without the line "(tegenwicht)").
func (m *Model) Counterweight() (w float64, ok bool) { return m.counter, m.lowers }

// Threshold is the chance from which the model flags a text.
func (m *Model) Threshold() float64 { return m.threshold }

// Bias is the intercept.
func (m *Model) Bias() float64 { return m.bias }

// Features returns the features (without the intercept and threshold) in file order.
func (m *Model) Features() []ModelFeature { return slices.Clone(m.features) }

// modelHeader reports what is wrong with the header of the model section, or "".
func modelHeader(cells []string) string {
	want := []string{"model", "weight", "note"}
	for i, c := range cells {
		if i >= len(want) || !strings.EqualFold(strings.TrimSpace(c), want[i]) {
			return fmt.Sprintf("column %d of the model header is %q, want %q", i+1, c, want[min(i, len(want)-1)])
		}
	}
	if len(cells) < 2 {
		return "the model header needs the columns model, weight and note"
	}
	return ""
}

// modelBuilder collects the lines of a model section.
type modelBuilder struct {
	m                  Model
	seen               map[string]int
	bias               bool
	threshold, trigger bool
}

func newModelBuilder() *modelBuilder {
	return &modelBuilder{m: Model{names: map[uint64]string{}}, seen: map[string]int{}}
}

// add parses one line of the model section; it returns a reason when the line is wrong.
func (b *modelBuilder) add(cells []string, ln int) string {
	if len(cells) > 3 {
		return fmt.Sprintf("%d columns in the model section, at most 3 (model, weight, note)", len(cells))
	}
	if len(cells) < 2 {
		return "a model line needs a feature and a weight"
	}
	name := strings.TrimSpace(cells[0])
	w, err := strconv.ParseFloat(strings.TrimSpace(cells[1]), 64)
	if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
		return fmt.Sprintf("model %q: weight %q is not a number", name, strings.TrimSpace(cells[1]))
	}
	if prev, ok := b.seen[name]; ok {
		return fmt.Sprintf("model feature %q repeats line %d", name, prev)
	}
	b.seen[name] = ln
	switch name {
	case modelThreshold:
		if w <= 0 || w >= 1 {
			return fmt.Sprintf("model %s: %v, want a chance between 0 and 1", modelThreshold, w)
		}
		b.m.threshold, b.threshold = w, true
		return ""
	case modelTrigger:
		if w <= 0 || w > maxModelWeight {
			return fmt.Sprintf("model %s: %v, want a weight above 0 and at most %d", modelTrigger, w, maxModelWeight)
		}
		b.m.trigger, b.trigger = w, true
		return ""
	case modelCounter:
		if w >= 0 || w < -maxModelWeight {
			return fmt.Sprintf("model %s: %v, want a weight below 0 and at least -%d", modelCounter, w, maxModelWeight)
		}
		b.m.counter, b.m.lowers = w, true
		return ""
	case modelBias:
		if math.Abs(w) > maxModelWeight {
			return fmt.Sprintf("model %s: %v, at most %d either way", modelBias, w, maxModelWeight)
		}
		b.m.bias, b.bias = w, true
		return ""
	}
	if math.Abs(w) > maxModelWeight {
		return fmt.Sprintf("model %q: weight %v, at most %d either way", name, w, maxModelWeight)
	}
	if canon := modelName(name); canon == "" {
		return fmt.Sprintf("model feature %q: one word of letters and digits", name)
	} else if canon != name {
		return fmt.Sprintf("model feature %q: write it as %q (one word of lower-case letters and digits without accents, as the text model reads it)", name, canon)
	}
	if len(b.m.features) == MaxModelFeatures {
		return fmt.Sprintf("more than %d model features", MaxModelFeatures)
	}
	h := modelHash(name)
	if other, ok := b.m.names[h]; ok {
		return fmt.Sprintf("model feature %q has the hash of %q; leave one out", name, other)
	}
	b.m.put(h, float32(w))
	b.m.names[h] = name
	b.m.features = append(b.m.features, ModelFeature{Name: name, Weight: w, Line: ln})
	return ""
}

// done returns the model, or a reason why the section is incomplete.
func (b *modelBuilder) done() (*Model, string) {
	switch {
	case !b.bias:
		return nil, "the model section has no " + modelBias + " line (the intercept)"
	case !b.threshold:
		return nil, "the model section has no " + modelThreshold + " line (the chance from which it flags)"
	case !b.trigger:
		return nil, "the model section has no " + modelTrigger + " line (the weight from which a feature is a trigger word)"
	case len(b.m.features) == 0:
		return nil, "the model section has no features"
	}
	m := b.m
	return &m, ""
}

// modelName is name as the text model reads it, folded; "" when it is not one word.
func modelName(name string) string {
	var words []string
	modelWords(name, func(w string, _, _ int) { words = append(words, w) })
	if len(words) != 1 {
		return ""
	}
	return words[0]
}

// The hash of a feature: a word's folded letters are packed eight to a 64-bit word and
// mixed, so that the scan does little per letter; computed the same way from a name by
// modelHash and from the text by chance.
const (
	mixK1 = 0xff51afd7ed558ccd
	mixK2 = 0xc4ceb9fe1a85ec53
	mixK3 = 0x9e3779b97f4a7c15
)

// fmix is the finaliser of MurmurHash3.
func fmix(x uint64) uint64 {
	x ^= x >> 33
	x *= mixK1
	x ^= x >> 33
	x *= mixK2
	x ^= x >> 33
	return x
}

// wordHasher hashes one word's letters.
type wordHasher struct {
	h, acc uint64
	k, n   int
}

func (w *wordHasher) add(c byte) {
	w.acc |= uint64(c) << (8 * w.k)
	w.n++
	if w.k++; w.k == 8 {
		w.h = fmix(w.h ^ w.acc*mixK3)
		w.acc, w.k = 0, 0
	}
}

func (w *wordHasher) sum() uint64 { return fmix(w.h ^ w.acc*mixK3 ^ uint64(w.n)<<57) }

// modelHash is the hash of a feature, a folded word.
func modelHash(w string) uint64 {
	var wh wordHasher
	for i := 0; i < len(w); i++ {
		wh.add(w[i])
	}
	return wh.sum()
}

// modelWords calls word for each word of text, folded (lower case, accents off; digits
// stay digits), with its byte offsets: a run of letters and digits of at most modelMaxWord
// letters, as chance reads them.
func modelWords(text string, word func(w string, start, end int)) {
	t := folds()
	var buf [modelMaxWord]byte
	n, start := 0, -1
	flush := func(end int) {
		if start >= 0 && n <= len(buf) {
			word(string(buf[:n]), start, end)
		}
		n, start = 0, -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			l := modelASCII[c]
			if l == 0 {
				flush(i)
				i++
				continue
			}
			if start < 0 {
				start = i
			}
			if n < len(buf) {
				buf[n] = l
			}
			n++
			i++
			continue
		}
		f, size := t.lookup(text[i:])
		switch f.kind {
		case kindLetter:
			if start < 0 {
				start = i
			}
			for k := 0; k < int(f.n); k++ {
				if n < len(buf) {
					buf[n] = f.letters[k]
				}
				n++
			}
		case kindSkip:
		default:
			flush(i)
		}
		i += size
	}
	flush(len(text))
}

// contribution is one feature found in a text, with its weight.
type contribution struct {
	h          uint64
	w          float32
	start, end int
}

// modelASCII is the folded letter of each ASCII byte in a word (lower case; digits stay
// digits), 0 for a separator.
var modelASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	return t
}()

// chance returns the model's chance for text and the features found in it (each once, at
// its first place). It reads the words as modelWords does, hashing their letters as it
// goes, without allocating.
func (m *Model) chance(text string, found []contribution) (float64, []contribution) {
	z, found := m.weigh(text, found)
	return sigmoid(m.bias + z), found
}

// weigh returns the summed weight of the words of text (each counted once, without the
// intercept) and appends their contributions to found.
func (m *Model) weigh(text string, found []contribution) (float64, []contribution) {
	z := 0.0
	t := folds()
	var set featureSet
	for i := 0; ; {
		// The separators before a word.
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if modelASCII[c] != 0 {
					break
				}
				i++
				continue
			}
			f, size := t.lookup(text[i:])
			if f.kind == kindLetter {
				break
			}
			i += size
		}
		if i >= len(text) {
			break
		}
		start := i
		var wh wordHasher
		// A word of ASCII letters and digits (most words) is found and hashed eight bytes
		// at a time: OR-ing 0x20 into such a byte folds it (A-Z to a-z; digits stay).
		j := alnumEnd(text, i)
		if j == len(text) || text[j] < utf8.RuneSelf {
			for ; i+8 <= j; i += 8 {
				wh.h = fmix(wh.h ^ (load64(text, i)|0x2020202020202020)*mixK3)
			}
			if r := j - i; r > 0 {
				if i+8 <= len(text) {
					wh.acc = (load64(text, i) | 0x2020202020202020) & (1<<(8*r) - 1)
				} else {
					for k := range r {
						wh.acc |= uint64(text[i+k]|0x20) << (8 * k)
					}
				}
				wh.k, i = r, j
			}
			wh.n = j - start
		} else {
		word:
			for i < len(text) {
				c := text[i]
				if c < utf8.RuneSelf {
					l := modelASCII[c]
					if l == 0 {
						break
					}
					wh.add(l)
					i++
					continue
				}
				f, size := t.lookup(text[i:])
				switch f.kind {
				case kindLetter:
					for k := 0; k < int(f.n); k++ {
						wh.add(f.letters[k])
					}
				case kindSkip:
				default:
					break word
				}
				i += size
			}
		}
		if wh.n > modelMaxWord {
			continue
		}
		found = m.add(&z, found, &set, wh.sum(), start, i)
	}
	return z, found
}

const (
	bytesOnes = 0x0101010101010101
	bytesHigh = 0x8080808080808080
)

// load64 returns the eight bytes of s from i as a little-endian number.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// alnumBytes returns x with 0x80 in each byte that is an ASCII letter or digit and 0 in
// the others.
func alnumBytes(x uint64) uint64 {
	y := x &^ bytesHigh
	return (bytesBetween(y|0x2020202020202020, 'a', 'z') | bytesBetween(y, '0', '9')) &^ x
}

// bytesBetween returns 0x80 in each byte of v (each below 0x80) from lo to hi and 0 in
// the others; no sum carries into the next byte.
func bytesBetween(v uint64, lo, hi byte) uint64 {
	return (v + (0x80-uint64(lo))*bytesOnes) &^ (v + (0x7f-uint64(hi))*bytesOnes) & bytesHigh
}

// alnumEnd returns the end of the run of ASCII letters and digits in text from i.
func alnumEnd(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if m := alnumBytes(load64(text, i)); m != bytesHigh {
			return i + bits.TrailingZeros64(^m&bytesHigh)>>3
		}
	}
	for i < len(text) && text[i] < utf8.RuneSelf && modelASCII[text[i]] != 0 {
		i++
	}
	return i
}

// weight returns the weight of feature h.
func (m *Model) weight(h uint64) (float32, bool) {
	if len(m.tags) == 0 {
		return 0, false
	}
	mask := uint64(len(m.tags) - 1)
	k := h | 1
	for i := h >> 32 & mask; ; i = (i + 1) & mask {
		switch m.tags[i] {
		case uint32(k):
			if m.slots[i].key == k {
				return m.slots[i].w, true
			}
		case 0:
			return 0, false
		}
	}
}

// put stores the weight of feature h, growing the table to stay at most half full.
func (m *Model) put(h uint64, w float32) {
	if 2*(len(m.features)+1) > len(m.slots) {
		old := m.slots
		m.slots = make([]modelSlot, max(64, 4*len(old)))
		m.tags = make([]uint32, len(m.slots))
		for _, s := range old {
			if s.key != 0 {
				m.insertKey(s.key, s.w)
			}
		}
	}
	m.insertKey(h|1, w)
}

func (m *Model) insertKey(k uint64, w float32) {
	mask := uint64(len(m.slots) - 1)
	i := k >> 32 & mask
	for m.slots[i].key != 0 && m.slots[i].key != k {
		i = (i + 1) & mask
	}
	m.slots[i], m.tags[i] = modelSlot{k, w}, uint32(k)
}

// add counts feature h (at start-end) once when it is one.
func (m *Model) add(z *float64, found []contribution, set *featureSet, h uint64, start, end int) []contribution {
	w, ok := m.weight(h)
	if !ok || !set.insert(h, found) {
		return found
	}
	*z += float64(w)
	return append(found, contribution{h, w, start, end})
}

// featureSet holds the features found in one text: open addressing on the hash, on the
// stack; past three quarters full the features found are compared one by one.
type featureSet struct {
	keys [256]uint64
	n    int
}

// insert adds h and reports whether it was new.
func (s *featureSet) insert(h uint64, found []contribution) bool {
	if s.n >= len(s.keys)*3/4 {
		for _, c := range found {
			if c.h == h {
				return false
			}
		}
		return true
	}
	k := h | 1 // 0 marks an empty slot
	for i := int(h>>56) & (len(s.keys) - 1); ; i = (i + 1) & (len(s.keys) - 1) {
		switch s.keys[i] {
		case k:
			return false
		case 0:
			s.keys[i] = k
			s.n++
			return true
		}
	}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-max(-40, min(40, z)))) }

// apply adds the model's hit to res when the terms and rules left text below StrongScore
// and the hit scores higher than they did,
// text holds a trigger word (a feature weighing at least the model's trigger) and the
// model's chance reaches its threshold; with the strong signals lowered when the model has
// a counterweight and the words of text weigh against (lower).
func (m *Model) apply(text string, res Result, buf *[]contribution) Result {
	if res.Score >= StrongScore {
		if m.lowers {
			return m.lower(text, res, buf)
		}
		return res
	}
	p, found := m.chance(text, (*buf)[:0])
	*buf = found
	if p < m.threshold || !slices.ContainsFunc(found, func(c contribution) bool { return float64(c.w) >= m.trigger }) {
		return res
	}
	slices.SortStableFunc(found, func(a, b contribution) int { return cmp.Compare(b.w, a.w) })
	var top []contribution
	for _, c := range found {
		if c.w <= 0 || len(top) == 3 {
			break
		}
		top = append(top, c)
	}
	if len(top) == 0 {
		return res // a chance from the intercept alone names nothing to review
	}
	most := ModelMaxScore
	if len(res.Hits) > 0 {
		most = ModelTermMaxScore
	}
	score := min(most, FlagScore+int(math.Round(float64(most-FlagScore)*(p-m.threshold)/(1-m.threshold))))
	if score <= res.Score {
		return res // a flagged text the model would not rank higher
	}
	strength := Weak
	if score >= StrongScore {
		strength = Strong
	}
	h := Hit{Term: ModeModel, Mode: ModeModel, Strength: strength, Grounds: slices.Clip(slices.Clone(res.Grounds)),
		Score: score}
	// The hit lies on the word that weighed most; its parts are the three that weighed most.
	h.Start, h.End = top[0].start, top[0].end
	var words []string
	for _, c := range top {
		name := m.names[c.h]
		h.Parts = append(h.Parts, Part{Class: "woord", Term: name, Start: c.start, End: c.end, Match: text[c.start:c.end]})
		words = append(words, fmt.Sprintf("'%s' (+%s)", name, dutchNumber(float64(c.w), 1)))
	}
	slices.SortStableFunc(h.Parts, func(a, b Part) int { return cmp.Compare(a.Start, b.Start) })
	h.Match = text[h.Start:h.End]
	h.Explanation = fmt.Sprintf("tekstmodel: kans %s op een discriminatoire tekst; zwaarst wegend %s", dutchNumber(p, 2), strings.Join(words, ", "))
	res.Hits = append(res.Hits, h)
	res.Score = max(res.Score, h.Score)
	res.Flagged = res.Score >= FlagScore
	return res
}

// lower returns res with every hit of StrongScore and more at ModelMaxScore when the words
// of text weigh together at most the model's counterweight.
func (m *Model) lower(text string, res Result, buf *[]contribution) Result {
	z, found := m.weigh(text, (*buf)[:0])
	*buf = found
	if z > m.counter {
		return res
	}
	slices.SortStableFunc(found, func(a, b contribution) int { return cmp.Compare(a.w, b.w) })
	var words []string
	for _, c := range found {
		if c.w >= 0 || len(words) == 3 {
			break
		}
		words = append(words, fmt.Sprintf("'%s' (%s)", m.names[c.h], dutchNumber(float64(c.w), 1)))
	}
	why := fmt.Sprintf("afgezwakt tot %d (tekstmodel): de woorden wegen samen %s, zwaarst tegen %s",
		ModelMaxScore, dutchNumber(z, 1), strings.Join(words, ", "))
	hits := slices.Clone(res.Hits)
	for i := range hits {
		h := &hits[i]
		if h.Score < StrongScore {
			continue
		}
		h.Score, h.Strength = ModelMaxScore, Weak
		if h.Explanation == "" {
			h.Explanation = why
		} else {
			h.Explanation += "; " + why
		}
	}
	res.Hits = hits
	res.Score = resultScore(hits)
	res.Flagged = res.Score >= FlagScore
	return res
}

// dutchNumber formats x with prec decimals and a decimal comma.
func dutchNumber(x float64, prec int) string {
	return strings.Replace(strconv.FormatFloat(x, 'f', prec, 64), ".", ",", 1)
}

// TrainOptions are the settings of TrainModel.
type TrainOptions struct {
	Threshold float64 // the chance from which the model flags (default 0.8)
	MinCount  int     // a feature must occur in at least this many training texts (default 3)
	Epochs    int     // passes over the training texts (default 30)
	L2        float64 // weight decay (default 0.001)
	Rate      float64 // learning rate (default 0.2)
	MinWeight float64 // features with a smaller weight either way are left out (default 0.2)
	Trigger   float64 // features weighing at least this are trigger words (default 1.5)
	// Counter is the summed word weight at or below which the model lowers a text's strong
	// signals (default -4); NoCounter leaves the line out: the model lowers nothing.
	Counter   float64
	NoCounter bool
}

func (o *TrainOptions) defaults() {
	o.Threshold = cmp.Or(o.Threshold, 0.8)
	o.MinCount = cmp.Or(o.MinCount, 3)
	o.Epochs = cmp.Or(o.Epochs, 30)
	o.L2 = cmp.Or(o.L2, 0.001)
	o.Rate = cmp.Or(o.Rate, 0.2)
	o.Trigger = cmp.Or(o.Trigger, 1.5)
	o.MinWeight = cmp.Or(o.MinWeight, 0.2)
	o.Counter = cmp.Or(o.Counter, -4)
}

// textFeatures returns the words of text, each once: the features modelWords gives the
// model at screening time.
func textFeatures(text string) []string {
	var out []string
	seen := map[string]bool{}
	modelWords(text, func(w string, _, _ int) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	})
	return out
}

// TrainModel trains a text model on labelled examples (an example with grounds is
// discriminatory), deterministically: the same examples and options give the same model.
func TrainModel(examples []Example, opt TrainOptions) (*Model, error) {
	opt.defaults()
	var pos, neg int
	docs := make([][]string, len(examples))
	count := map[string]int{}
	for i, ex := range examples {
		docs[i] = textFeatures(ex.Text)
		for _, f := range docs[i] {
			count[f]++
		}
		if len(ex.Grounds) > 0 {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return nil, fmt.Errorf("%d discriminatory and %d other examples: the model needs both", pos, neg)
	}
	index := map[string]int{}
	var names []string
	x := make([][]int, len(docs))
	for i, d := range docs {
		for _, f := range d {
			// A single letter or digit ("n" of "zo'n", "t" of "'t") is no word to weigh; as
			// a trigger word it would stop the fast scan on every "'n".
			if count[f] < opt.MinCount || len(f) < 2 {
				continue
			}
			j, ok := index[f]
			if !ok {
				j = len(names)
				index[f] = j
				names = append(names, f)
			}
			x[i] = append(x[i], j)
		}
	}
	w := make([]float64, len(names))
	bias := 0.0
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(11, 2026))
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			z := bias
			for _, j := range x[i] {
				z += w[j]
			}
			y := 0.0
			if len(examples[i].Grounds) > 0 {
				y = 1
			}
			g := sigmoid(z) - y
			bias -= opt.Rate * g
			for _, j := range x[i] {
				w[j] -= opt.Rate * (g + opt.L2*w[j])
			}
		}
	}
	b := newModelBuilder()
	round := func(v float64) float64 { return math.Round(v*1000) / 1000 }
	for _, l := range [][2]string{{modelBias, strconv.FormatFloat(round(bias), 'f', -1, 64)},
		{modelThreshold, strconv.FormatFloat(opt.Threshold, 'f', -1, 64)}, {modelTrigger, strconv.FormatFloat(opt.Trigger, 'f', -1, 64)},
		{modelCounter, strconv.FormatFloat(opt.Counter, 'f', -1, 64)}} {
		if l[0] == modelCounter && opt.NoCounter {
			continue
		}
		if reason := b.add(l[:], 0); reason != "" {
			return nil, fmt.Errorf("train: %s", reason)
		}
	}
	type fw struct {
		name string
		w    float64
	}
	var kept []fw
	for j, n := range names {
		if v := round(w[j]); math.Abs(v) >= opt.MinWeight {
			kept = append(kept, fw{n, max(-maxModelWeight, min(maxModelWeight, v))})
		}
	}
	slices.SortFunc(kept, func(a, b fw) int {
		if c := cmp.Compare(math.Abs(b.w), math.Abs(a.w)); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	if len(kept) > MaxModelFeatures {
		kept = kept[:MaxModelFeatures]
	}
	for _, f := range kept {
		// The names come from modelWords, so the only reason add may refuse one is a hash
		// collision with a heavier word, kept: the lighter one is left out.
		b.add([]string{f.name, strconv.FormatFloat(f.w, 'f', -1, 64)}, 0)
	}
	m, reason := b.done()
	if reason != "" {
		return nil, fmt.Errorf("train: %s", reason)
	}
	return m, nil
}

// WriteSection writes the model as the model section of a lexicon file (LEXICON.md).
func (m *Model) WriteSection(w interface{ WriteString(string) (int, error) }, note string) error {
	lines := []string{"model\tweight\tnote",
		modelBias + "\t" + strconv.FormatFloat(m.bias, 'f', -1, 64) + "\t" + note,
		modelThreshold + "\t" + strconv.FormatFloat(m.threshold, 'f', -1, 64) + "\t",
		modelTrigger + "\t" + strconv.FormatFloat(m.trigger, 'f', -1, 64) + "\t"}
	if m.lowers {
		lines = append(lines, modelCounter+"\t"+strconv.FormatFloat(m.counter, 'f', -1, 64)+"\t")
	}
	for _, f := range m.features {
		lines = append(lines, f.Name+"\t"+strconv.FormatFloat(f.Weight, 'f', -1, 64))
	}
	_, err := w.WriteString(strings.Join(lines, "\n") + "\n")
	return err
}
