package registration

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// A sample (steekproef) makes the recall of the screening something one can state: each
// period a random sample of the registrations the screening did not flag is put before
// the analysts as a queue of its own. They decide each one with the ordinary decision
// (Decide), and the share they decide discriminatory estimates what the screening misses,
// with a 95% Wilson interval.
//
// The draw is reproducible: every screened, unflagged registration of the period is
// ranked by SHA-256(seed, number) and the first Size are taken. The seed is random when
// not given and is stored with the sample, so anyone with the seed and the same
// registrations draws the same sample again.

// Sample is one drawn sample with its estimate.
type Sample struct {
	ID     int64  `json:"id"`
	Period string `json:"periode"` // YYYY-MM, months in Dutch time
	Seed   string `json:"zaad"`
	Size   int    `json:"omvang"` // registrations drawn
	// Population is the number of screened, unflagged registrations of the period at the
	// draw; Flagged the number flagged then.
	Population int       `json:"populatie"`
	Flagged    int       `json:"gemarkeerd"`
	Lexicon    string    `json:"lexicon"`
	DrawnBy    string    `json:"getrokken_door"`
	DrawnAt    time.Time `json:"getrokken_op"`
	Estimate   Estimate  `json:"schatting"`
}

// Estimate is what the decisions on sampled registrations say about the screening's
// misses. Missed... and Recall... are nil until at least one sampled registration is
// decided.
type Estimate struct {
	Decided int `json:"beoordeeld"`
	// Found is the number of sampled registrations decided discriminatory (discrimination
	// or codis): registrations the screening missed.
	Found int `json:"gemist"`
	// MissRate is Found/Decided with its 95% Wilson interval: the share of unflagged
	// registrations that is discriminatory.
	MissRate *Interval `json:"aandeel_gemist,omitempty"`
	// Missed is MissRate times the population: the number of discriminatory
	// registrations of the period the screening did not flag.
	Missed *Interval `json:"geschat_gemist,omitempty"`
	// Confirmed is the number of flagged registrations of the period decided
	// discriminatory; Recall is Confirmed / (Confirmed + Missed), its interval from the
	// bounds of Missed.
	Confirmed int       `json:"gemarkeerd_discriminatoir"`
	Recall    *Interval `json:"recall,omitempty"`
}

// Interval is an estimate with its 95% interval.
type Interval struct {
	Value float64 `json:"waarde"`
	Low   float64 `json:"ondergrens"`
	High  float64 `json:"bovengrens"`
}

// SampleItem is one registration of a sample, with the decision on it so far.
type SampleItem struct {
	Position     int       `json:"positie"`
	Number       string    `json:"registratienummer"`
	Kind         Kind      `json:"soort"`
	Unit         string    `json:"eenheid"`
	RegisteredAt time.Time `json:"registratiedatum"`
	// DecisionKind is the kind of the newest decision, "" while undecided.
	DecisionKind string `json:"beoordeling,omitempty"`
}

// SampleDetail is a sample with its registrations.
type SampleDetail struct {
	Sample
	Items []SampleItem `json:"items"`
	Open  int          `json:"open"` // items without a final decision
}

// MaxSampleSize is the largest sample one draw takes.
const MaxSampleSize = 5000

// periodRange returns the first instant of a period "YYYY-MM" and of the next, in Dutch time.
func periodRange(period string) (from, to time.Time, err error) {
	t, perr := time.ParseInLocation("2006-01", period, amsterdam)
	if perr != nil || t.Format("2006-01") != period {
		return from, to, stelsel.Invalid("periode", "periode %q: schrijf een maand als JJJJ-MM, bijvoorbeeld 2026-11", period)
	}
	return t.UTC(), t.AddDate(0, 1, 0).UTC(), nil
}

// DrawSample draws the sample of a period: size registrations among the screened,
// unflagged registrations registered in it, ranked by SHA-256 of seed and number (a
// random seed when seed is empty). A period has one sample. The actor needs
// access.DrawSample for every unit: the sample is national. The draw is audited.
func (s *Service) DrawSample(ctx context.Context, a access.Actor, period string, size int, seed string) (Sample, error) {
	if err := a.Require(access.DrawSample); err != nil {
		return Sample{}, err
	}
	if !a.National(access.DrawSample) {
		return Sample{}, stelsel.Errorf(stelsel.EFORBIDDEN, "een steekproef is landelijk: uw rol (%s) geeft dat recht alleen voor uw eenheid", a.RoleLabels())
	}
	from, to, err := periodRange(period)
	if err != nil {
		return Sample{}, err
	}
	if size < 1 || size > MaxSampleSize {
		return Sample{}, stelsel.Invalid("omvang", "omvang %d: kies 1 tot en met %d registraties", size, MaxSampleSize)
	}
	seed = strings.TrimSpace(seed)
	if len(seed) > 200 {
		return Sample{}, stelsel.Invalid("zaad", "het zaad is te lang (ten hoogste 200 tekens)")
	}
	if seed == "" {
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return Sample{}, fmt.Errorf("draw a seed: %w", err)
		}
		seed = hex.EncodeToString(b[:])
	}
	sm := Sample{Period: period, Seed: seed, Lexicon: s.lx().version, DrawnBy: a.Username, DrawnAt: s.clock()}
	type cand struct {
		key    [32]byte
		number string
	}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		var prev int64
		err := tx.QueryRow(ctx, "SELECT id FROM samples WHERE period = ?", period).Scan(&prev)
		if err == nil {
			return stelsel.Errorf(stelsel.ECONFLICT, "voor %s is al een steekproef getrokken (steekproef %d); een periode heeft één steekproef", period, prev)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("read samples: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT number, flagged FROM registrations
			WHERE lexicon <> '' AND registered_at >= ? AND registered_at < ?`, from, to)
		if err != nil {
			return fmt.Errorf("read the registrations of %s: %w", period, err)
		}
		var cands []cand
		for rows.Next() {
			var number string
			var flagged bool
			if err := rows.Scan(&number, &flagged); err != nil {
				rows.Close()
				return fmt.Errorf("read the registrations of %s: %w", period, err)
			}
			if flagged {
				sm.Flagged++
				continue
			}
			cands = append(cands, cand{key: sampleKey(seed, number), number: number})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read the registrations of %s: %w", period, err)
		}
		sm.Population = len(cands)
		if sm.Population == 0 {
			return stelsel.Invalid("periode", "in %s zijn geen gescreende, niet-gemarkeerde registraties om uit te trekken", period)
		}
		slices.SortFunc(cands, func(x, y cand) int { return strings.Compare(string(x.key[:]), string(y.key[:])) })
		cands = cands[:min(size, len(cands))]
		sm.Size = len(cands)
		err = tx.QueryRow(ctx, `INSERT INTO samples (period, seed, size, population, flagged, lexicon, drawn_by, drawn_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			period, seed, sm.Size, sm.Population, sm.Flagged, sm.Lexicon, sm.DrawnBy, sm.DrawnAt).Scan(&sm.ID)
		if err != nil {
			return fmt.Errorf("insert sample: %w", err)
		}
		for i, c := range cands {
			if _, err := tx.Exec(ctx, "INSERT INTO sample_items (sample_id, position, number) VALUES (?, ?, ?)", sm.ID, i+1, c.number); err != nil {
				return fmt.Errorf("insert sample item: %w", err)
			}
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionCreate, ObjectKind: "sample", ObjectID: fmt.Sprint(sm.ID),
			Detail: fmt.Sprintf("steekproef %s: %d van %d niet-gemarkeerde registraties, zaad %s", period, sm.Size, sm.Population, seed)})
	})
	if err != nil {
		return Sample{}, err
	}
	return sm, nil
}

// sampleKey ranks a registration in the draw of a seed.
func sampleKey(seed, number string) [32]byte {
	return sha256.Sum256([]byte(seed + "\x00" + number))
}

// Samples returns every sample, newest period first, with its estimate. The actor needs
// access.ReadQueue.
func (s *Service) Samples(ctx context.Context, a access.Actor) ([]Sample, error) {
	if err := a.Require(access.ReadQueue); err != nil {
		return nil, err
	}
	return s.samples(ctx, "")
}

const sampleCols = "id, period, seed, size, population, flagged, lexicon, drawn_by, drawn_at"

func (s *Service) samples(ctx context.Context, period string) ([]Sample, error) {
	q, args := "SELECT "+sampleCols+" FROM samples", []any{}
	if period != "" {
		q, args = q+" WHERE period = ?", append(args, period)
	}
	rows, err := s.db.Query(ctx, q+" ORDER BY period DESC", args...)
	if err != nil {
		return nil, fmt.Errorf("list samples: %w", err)
	}
	var out []Sample
	for rows.Next() {
		var sm Sample
		if err := rows.Scan(&sm.ID, &sm.Period, &sm.Seed, &sm.Size, &sm.Population, &sm.Flagged, &sm.Lexicon, &sm.DrawnBy, &sm.DrawnAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list samples: %w", err)
		}
		out = append(out, sm)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list samples: %w", err)
	}
	for i := range out {
		items, err := s.sampleItems(ctx, out[i].ID)
		if err != nil {
			return nil, err
		}
		if out[i].Estimate, err = s.estimate(ctx, out[i], items); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SampleByID returns a sample with its registrations in draw order. The actor needs
// access.ReadQueue; registrations of units the actor may not see are left out.
func (s *Service) SampleByID(ctx context.Context, a access.Actor, id int64) (SampleDetail, error) {
	if err := a.Require(access.ReadQueue); err != nil {
		return SampleDetail{}, err
	}
	var d SampleDetail
	err := s.db.QueryRow(ctx, "SELECT "+sampleCols+" FROM samples WHERE id = ?", id).
		Scan(&d.ID, &d.Period, &d.Seed, &d.Size, &d.Population, &d.Flagged, &d.Lexicon, &d.DrawnBy, &d.DrawnAt)
	if errors.Is(err, sql.ErrNoRows) {
		return d, stelsel.Errorf(stelsel.ENOTFOUND, "steekproef %d niet gevonden", id)
	}
	if err != nil {
		return d, fmt.Errorf("read sample %d: %w", id, err)
	}
	items, err := s.sampleItems(ctx, id)
	if err != nil {
		return d, err
	}
	if d.Estimate, err = s.estimate(ctx, d.Sample, items); err != nil {
		return d, err
	}
	for _, it := range items {
		if !a.CanUnit(access.ReadQueue, it.Unit) {
			continue
		}
		d.Items = append(d.Items, it)
		if !finalKind(it.DecisionKind) {
			d.Open++
		}
	}
	return d, nil
}

// NextInSample returns the first registration of the sample after number (from the
// start when number is "") that has no final decision yet, or "".
func (s *Service) NextInSample(ctx context.Context, a access.Actor, id int64, number string) (string, error) {
	d, err := s.SampleByID(ctx, a, id)
	if err != nil {
		return "", err
	}
	at := slices.IndexFunc(d.Items, func(it SampleItem) bool { return it.Number == number })
	for k := range d.Items {
		it := d.Items[(at+1+k)%len(d.Items)]
		if it.Number != number && !finalKind(it.DecisionKind) {
			return it.Number, nil
		}
	}
	return "", nil
}

func (s *Service) sampleItems(ctx context.Context, id int64) ([]SampleItem, error) {
	rows, err := s.db.Query(ctx, `SELECT si.position, si.number, r.kind, r.unit, r.registered_at, coalesce(q.decision_kind, '')
		FROM sample_items si JOIN registrations r ON r.number = si.number
		LEFT JOIN queue_items q ON q.number = si.number
		WHERE si.sample_id = ? ORDER BY si.position`, id)
	if err != nil {
		return nil, fmt.Errorf("read sample %d: %w", id, err)
	}
	defer rows.Close()
	var out []SampleItem
	for rows.Next() {
		var it SampleItem
		if err := rows.Scan(&it.Position, &it.Number, &it.Kind, &it.Unit, &it.RegisteredAt, &it.DecisionKind); err != nil {
			return nil, fmt.Errorf("read sample %d: %w", id, err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// finalKind reports whether a decision kind says whether the registration is
// discriminatory (not "more information").
func finalKind(kind string) bool {
	return kind == catalog.DecisionDiscrimination || kind == catalog.DecisionCodis || kind == catalog.DecisionNotDiscrimination
}

// estimate measures a sample: its decided items, and the flagged registrations of its
// period decided discriminatory.
func (s *Service) estimate(ctx context.Context, sm Sample, items []SampleItem) (Estimate, error) {
	var e Estimate
	for _, it := range items {
		if finalKind(it.DecisionKind) {
			e.Decided++
			if coded(it.DecisionKind) {
				e.Found++
			}
		}
	}
	from, to, err := periodRange(sm.Period)
	if err != nil {
		return e, err
	}
	err = s.db.QueryRow(ctx, `SELECT count(*) FROM queue_items q JOIN registrations r ON r.number = q.number
		WHERE r.flagged AND r.registered_at >= ? AND r.registered_at < ? AND q.decision_kind IN (?, ?)`,
		from, to, catalog.DecisionDiscrimination, catalog.DecisionCodis).Scan(&e.Confirmed)
	if err != nil {
		return e, fmt.Errorf("count confirmed flagged registrations: %w", err)
	}
	e.fill(sm.Population)
	return e, nil
}

// fill computes the rates and intervals from the counts and the population.
func (e *Estimate) fill(population int) {
	if e.Decided == 0 {
		return
	}
	lo, hi := Wilson(e.Found, e.Decided)
	rate := float64(e.Found) / float64(e.Decided)
	e.MissRate = &Interval{Value: rate, Low: lo, High: hi}
	pop := float64(population)
	e.Missed = &Interval{Value: rate * pop, Low: lo * pop, High: hi * pop}
	c := float64(e.Confirmed)
	recall := func(missed float64) float64 {
		if c+missed == 0 {
			return 1
		}
		return c / (c + missed)
	}
	if e.Confirmed > 0 || e.Found > 0 {
		// More missed is less recall: the bounds swap.
		e.Recall = &Interval{Value: recall(e.Missed.Value), Low: recall(e.Missed.High), High: recall(e.Missed.Low)}
	}
}

// RecallEstimate is the estimate over every sample: the decided items and populations
// added up. It holds counts only, so it needs no permission (the algorithm card is public).
type RecallEstimate struct {
	Samples    int      `json:"steekproeven"`
	Periods    []string `json:"perioden"`
	Population int      `json:"populatie"`
	Estimate
}

// Recall returns the estimate over all samples.
func (s *Service) Recall(ctx context.Context) (RecallEstimate, error) {
	var r RecallEstimate
	all, err := s.samples(ctx, "")
	if err != nil {
		return r, err
	}
	for _, sm := range all {
		r.Samples++
		r.Periods = append(r.Periods, sm.Period)
		r.Population += sm.Population
		r.Decided += sm.Estimate.Decided
		r.Found += sm.Estimate.Found
		r.Confirmed += sm.Estimate.Confirmed
	}
	// Pooled: one rate over every decided item, applied to all populations together
	// (samples of about equal share per period).
	r.fill(r.Population)
	return r, nil
}
