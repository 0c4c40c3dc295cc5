package registration

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// ModelRun is a trained re-ranking model with its measurement on held-out decisions:
// the average precision and AUC of the queue's own order (Before) and of the model
// (After) on the same registrations.
type ModelRun struct {
	Version     string     `json:"versie"`
	Lexicon     string     `json:"lexicon"`
	TrainedBy   string     `json:"getraind_door"`
	TrainedAt   time.Time  `json:"getraind_op"`
	Train       int        `json:"trainingsbeoordelingen"`
	HeldOut     int        `json:"achtergehouden_beoordelingen"`
	APBefore    float64    `json:"gemiddelde_precisie_voor"`
	APAfter     float64    `json:"gemiddelde_precisie_na"`
	AUCBefore   float64    `json:"auc_voor"`
	AUCAfter    float64    `json:"auc_na"`
	Active      bool       `json:"actief"`
	ActivatedBy string     `json:"aangezet_door,omitempty"`
	ActivatedAt *time.Time `json:"aangezet_op,omitempty"`
	Model       *RankModel `json:"model"`
}

// Better reports whether the model ranks the held-out decisions better than the queue's
// own order: a higher average precision, and an AUC no lower.
func (r ModelRun) Better() bool { return r.APAfter > r.APBefore && r.AUCAfter >= r.AUCBefore }

// The least decisions a model is trained and measured on.
const (
	MinTrainDecisions   = 30
	MinHeldOutDecisions = 10
)

// decidedExamples returns every registration with a final decision, its hits under its
// current screening and its queue priority.
func (s *Service) decidedExamples(ctx context.Context) ([]example, error) {
	rows, err := s.db.Query(ctx, `SELECT q.number, q.decision_kind, q.priority, coalesce(h.term, ''), coalesce(h.grounds, ''),
			coalesce(h.mode, ''), coalesce(h.strength, ''), coalesce(h.score, 0), coalesce(h.explanation, '')
		FROM queue_items q JOIN registrations r ON r.number = q.number
		LEFT JOIN hits h ON h.registration_id = r.id AND h.version = r.version AND h.lexicon = r.lexicon
		WHERE q.decision_kind IN (?, ?, ?)
		ORDER BY q.number, h.seq`, catalog.DecisionDiscrimination, catalog.DecisionCodis, catalog.DecisionNotDiscrimination)
	if err != nil {
		return nil, fmt.Errorf("read decided registrations: %w", err)
	}
	defer rows.Close()
	var out []example
	for rows.Next() {
		var number, kind, grounds string
		var prio int
		var h Hit
		if err := rows.Scan(&number, &kind, &prio, &h.Term, &grounds, &h.Mode, &h.Strength, &h.Score, &h.Explanation); err != nil {
			return nil, fmt.Errorf("read decided registrations: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].number != number {
			out = append(out, example{number: number, priority: prio, positive: coded(kind)})
		}
		if h.Term != "" {
			h.Grounds = splitList(grounds)
			e := &out[len(out)-1]
			e.hits = append(e.hits, h)
		}
	}
	return out, rows.Err()
}

// TrainRanking trains a re-ranking model on four fifths of the decided registrations and
// measures it on the fifth kept apart (heldOut), against the queue's own order. The model
// is stored with its measurement, not switched on (ActivateRanking). The actor needs
// access.ManageLexicon; training is audited.
func (s *Service) TrainRanking(ctx context.Context, a access.Actor) (ModelRun, error) {
	if err := a.Require(access.ManageLexicon); err != nil {
		return ModelRun{}, err
	}
	all, err := s.decidedExamples(ctx)
	if err != nil {
		return ModelRun{}, err
	}
	var train, test []example
	for _, e := range all {
		if heldOut(e.number) {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	classes := func(l []example) (pos, neg int) {
		for _, e := range l {
			if e.positive {
				pos++
			} else {
				neg++
			}
		}
		return
	}
	tp, tn := classes(train)
	hp, hn := classes(test)
	if len(train) < MinTrainDecisions || len(test) < MinHeldOutDecisions || tp == 0 || tn == 0 || hp == 0 || hn == 0 {
		return ModelRun{}, stelsel.Invalid("beoordelingen", "te weinig beoordelingen om een model te trainen en te meten: %d om te trainen (%d discriminatoir, %d niet; nodig %d met beide), "+
			"%d achtergehouden (%d discriminatoir, %d niet; nodig %d met beide)", len(train), tp, tn, MinTrainDecisions, len(test), hp, hn, MinHeldOutDecisions)
	}
	m := trainModel(modelNames(s.cat.Grounds.Codes(), train), train)
	run := ModelRun{Version: m.Version(), Lexicon: s.lx().version, TrainedBy: a.Username, TrainedAt: s.clock(), Train: len(train), HeldOut: len(test), Model: m}
	run.APBefore, run.AUCBefore = ranking(test, func(e example) float64 { return float64(e.priority) })
	run.APAfter, run.AUCAfter = ranking(test, func(e example) float64 { return m.Predict(e.hits) })
	body, err := json.Marshal(m)
	if err != nil {
		return run, fmt.Errorf("encode model: %w", err)
	}
	err = s.db.InTx(ctx, func(tx *db.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO rank_models (version, lexicon, model, trained_by, trained_at, train_n, heldout_n, ap_before, ap_after, auc_before, auc_after)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version) DO NOTHING`,
			run.Version, run.Lexicon, string(body), run.TrainedBy, run.TrainedAt, run.Train, run.HeldOut, run.APBefore, run.APAfter, run.AUCBefore, run.AUCAfter); err != nil {
			return fmt.Errorf("store model: %w", err)
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionCreate, ObjectKind: "rank_model", ObjectID: run.Version, Detail: run.String()})
	})
	return run, err
}

const modelCols = `version, lexicon, model, trained_by, trained_at, train_n, heldout_n, ap_before, ap_after, auc_before, auc_after,
	active, activated_by, activated_at`

func scanModel(row interface{ Scan(...any) error }) (ModelRun, error) {
	var r ModelRun
	var body string
	var at sql.NullTime
	if err := row.Scan(&r.Version, &r.Lexicon, &body, &r.TrainedBy, &r.TrainedAt, &r.Train, &r.HeldOut, &r.APBefore, &r.APAfter,
		&r.AUCBefore, &r.AUCAfter, &r.Active, &r.ActivatedBy, &at); err != nil {
		return r, err
	}
	if at.Valid {
		r.ActivatedAt = &at.Time
	}
	r.Model = &RankModel{}
	if err := json.Unmarshal([]byte(body), r.Model); err != nil {
		return r, fmt.Errorf("decode model %s: %w", r.Version, err)
	}
	return r, nil
}

// RankModels returns the trained models, newest first. The actor needs access.ReadLexicon.
func (s *Service) RankModels(ctx context.Context, a access.Actor) ([]ModelRun, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, "SELECT "+modelCols+" FROM rank_models ORDER BY trained_at DESC, version")
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	defer rows.Close()
	var out []ModelRun
	for rows.Next() {
		r, err := scanModel(rows)
		if err != nil {
			return nil, fmt.Errorf("list models: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ModelOff is the version ActivateRanking takes to switch re-ranking off.
const ModelOff = "uit"

// ActivateRanking switches the model of version on (ModelOff: re-ranking off, the queue
// orders by the screening score again). A model is switched on only when its measurement
// shows it ranks the held-out decisions better (ModelRun.Better). The open queue items
// get their priority from it at once, and so do registrations screened after. The actor
// needs access.ManageLexicon; the switch is audited.
func (s *Service) ActivateRanking(ctx context.Context, a access.Actor, version string) (ModelRun, error) {
	if err := a.Require(access.ManageLexicon); err != nil {
		return ModelRun{}, err
	}
	var run ModelRun
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		if version != ModelOff {
			r, err := scanModel(tx.QueryRow(ctx, "SELECT "+modelCols+" FROM rank_models WHERE version = ?", version))
			if errors.Is(err, sql.ErrNoRows) {
				return stelsel.Errorf(stelsel.ENOTFOUND, "model %s niet gevonden (zie stelsel rank list)", version)
			}
			if err != nil {
				return fmt.Errorf("read model %s: %w", version, err)
			}
			if !r.Better() {
				return stelsel.Errorf(stelsel.ECONFLICT, "model %s rangschikt de achtergehouden beoordelingen niet beter dan de werkbak nu "+
					"(gemiddelde precisie %.3f tegen %.3f, AUC %.3f tegen %.3f) en wordt niet aangezet", version, r.APAfter, r.APBefore, r.AUCAfter, r.AUCBefore)
			}
			run = r
		}
		now := s.clock()
		if _, err := tx.Exec(ctx, "UPDATE rank_models SET active = FALSE WHERE active"); err != nil {
			return fmt.Errorf("switch models off: %w", err)
		}
		detail := "rangschikking op de screeningsscore"
		if run.Model != nil {
			if _, err := tx.Exec(ctx, "UPDATE rank_models SET active = TRUE, activated_by = ?, activated_at = ? WHERE version = ?", a.Username, now, version); err != nil {
				return fmt.Errorf("switch model on: %w", err)
			}
			run.Active, run.ActivatedBy, run.ActivatedAt = true, a.Username, &now
			detail = "rangschikking met model " + run.String()
		}
		if err := s.reprioritise(ctx, tx, run.Model); err != nil {
			return err
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionChange, ObjectKind: "rank_model", ObjectID: version, Detail: detail})
	})
	if err != nil {
		return ModelRun{}, err
	}
	s.rank.model.Store(run.Model)
	s.rank.modelRead.Store(true)
	s.counts.invalidate()
	return run, nil
}

// reprioritise sets the priority of every open queue item from m (nil: from the score).
func (s *Service) reprioritise(ctx context.Context, tx *db.Tx, m *RankModel) error {
	rows, err := tx.Query(ctx, `SELECT q.number, q.priority, r.score, coalesce(h.term, ''), coalesce(h.grounds, ''), coalesce(h.mode, ''),
			coalesce(h.strength, ''), coalesce(h.score, 0)
		FROM queue_items q JOIN registrations r ON r.number = q.number
		LEFT JOIN hits h ON h.registration_id = r.id AND h.version = r.version AND h.lexicon = r.lexicon
		WHERE q.status = ? ORDER BY q.number, h.seq`, StatusOpen)
	if err != nil {
		return fmt.Errorf("read open queue items: %w", err)
	}
	type item struct {
		number      string
		prio, score int
		hits        []Hit
	}
	var items []item
	for rows.Next() {
		var it item
		var h Hit
		var grounds string
		if err := rows.Scan(&it.number, &it.prio, &it.score, &h.Term, &grounds, &h.Mode, &h.Strength, &h.Score); err != nil {
			rows.Close()
			return fmt.Errorf("read open queue items: %w", err)
		}
		if len(items) == 0 || items[len(items)-1].number != it.number {
			items = append(items, it)
		}
		if h.Term != "" {
			h.Grounds = splitList(grounds)
			items[len(items)-1].hits = append(items[len(items)-1].hits, h)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read open queue items: %w", err)
	}
	for _, it := range items {
		p := modelPriority(m, it.score, it.hits, it.prio)
		if p == it.prio {
			continue
		}
		if _, err := tx.Exec(ctx, "UPDATE queue_items SET priority = ? WHERE number = ?", p, it.number); err != nil {
			return fmt.Errorf("set priority of %s: %w", it.number, err)
		}
	}
	return nil
}

// modelPriority is the queue priority (doc.go) with the leading score replaced by the
// model's chance in percent; without a model, the score again. The lower digits (strong
// hits, terms, grounds) stay as tie-breakers.
func modelPriority(m *RankModel, score int, hits []Hit, prio int) int {
	lead := min(score, 100)
	if m != nil {
		lead = int(math.Round(100 * m.Predict(hits)))
	}
	return 10000*lead + prio%10000
}

// loadRanking reads the active model once, so that screening puts new registrations in
// the queue with its priority.
func (s *Service) loadRanking(ctx context.Context) error {
	if s.rank.modelRead.Load() {
		return nil
	}
	r, err := scanModel(s.db.QueryRow(ctx, "SELECT "+modelCols+" FROM rank_models WHERE active"))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		s.rank.model.Store(nil)
	case err != nil:
		return fmt.Errorf("read the active ranking model: %w", err)
	default:
		s.rank.model.Store(r.Model)
	}
	s.rank.modelRead.Store(true)
	return nil
}

// RefreshRanking makes the service rank new registrations with the model switched on
// last on its database, when that is another than the one it holds: a model switched on
// by another instance (or `stelsel rank activate`) reaches this one this way. It costs
// one indexed read; a service that has not read the model yet reads it when it first
// needs it. It reports whether the model changed.
func (s *Service) RefreshRanking(ctx context.Context) (bool, error) {
	if !s.rank.modelRead.Load() {
		return false, nil
	}
	var version string
	err := s.db.QueryRow(ctx, "SELECT version FROM rank_models WHERE active").Scan(&version)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("read the active ranking model: %w", err)
	}
	held := ""
	if m := s.rank.model.Load(); m != nil {
		held = m.Version()
	}
	if version == held {
		return false, nil
	}
	s.rank.modelRead.Store(false)
	if err := s.loadRanking(ctx); err != nil {
		return false, err
	}
	s.counts.invalidate()
	return true, nil
}

// RankExplanation says how the active model ranks one registration.
type RankExplanation struct {
	Number        string         `json:"registratienummer"`
	Model         string         `json:"model,omitempty"` // "" when no model is on
	Chance        float64        `json:"kans"`            // the model's chance it is discriminatory
	Score         int            `json:"score"`
	Priority      int            `json:"prioriteit"`
	Contributions []Contribution `json:"bijdragen"`
}

// ExplainRanking explains the ranking of a registration by the active model: its
// features, their weights and effects. The actor needs access.ReadRegistration for the
// registration's unit (otherwise ENOTFOUND); the read is audited.
func (s *Service) ExplainRanking(ctx context.Context, a access.Actor, number string) (RankExplanation, error) {
	if err := a.Require(access.ReadRegistration); err != nil {
		return RankExplanation{}, err
	}
	if err := s.loadRanking(ctx); err != nil {
		return RankExplanation{}, err
	}
	ex := RankExplanation{Number: number}
	var id int64
	var unit, lexicon string
	var version int
	err := s.db.QueryRow(ctx, `SELECT r.id, r.unit, r.version, r.lexicon, r.score, coalesce(q.priority, 0)
		FROM registrations r LEFT JOIN queue_items q ON q.number = r.number WHERE r.number = ?`, number).
		Scan(&id, &unit, &version, &lexicon, &ex.Score, &ex.Priority)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !a.CanUnit(access.ReadRegistration, unit)) {
		return ex, stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
	}
	if err != nil {
		return ex, fmt.Errorf("read registration %s: %w", number, err)
	}
	d := &Detail{id: id}
	d.Number, d.Version, d.Lexicon = number, version, lexicon
	if err := s.readHits(ctx, d); err != nil {
		return ex, err
	}
	if m := s.rank.model.Load(); m != nil {
		ex.Model, ex.Chance, ex.Contributions = m.Version(), m.Predict(d.Hits), m.Explain(d.Hits)
	}
	err = s.trail.Record(ctx, a, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: number, Unit: unit,
		Reason: "uitleg rangschikking"})
	return ex, err
}

// EvaluateRanking measures a stored model again on the held-out decisions as they are
// now (more decisions since training give a firmer measurement); nothing is stored. The
// actor needs access.ReadLexicon.
func (s *Service) EvaluateRanking(ctx context.Context, a access.Actor, version string) (ModelRun, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return ModelRun{}, err
	}
	r, err := scanModel(s.db.QueryRow(ctx, "SELECT "+modelCols+" FROM rank_models WHERE version = ?", version))
	if errors.Is(err, sql.ErrNoRows) {
		return r, stelsel.Errorf(stelsel.ENOTFOUND, "model %s niet gevonden (zie stelsel rank list)", version)
	}
	if err != nil {
		return r, fmt.Errorf("read model %s: %w", version, err)
	}
	all, err := s.decidedExamples(ctx)
	if err != nil {
		return r, err
	}
	var test []example
	for _, e := range all {
		if heldOut(e.number) {
			test = append(test, e)
		}
	}
	r.HeldOut = len(test)
	r.APBefore, r.AUCBefore = ranking(test, func(e example) float64 { return float64(e.priority) })
	r.APAfter, r.AUCAfter = ranking(test, func(e example) float64 { return r.Model.Predict(e.hits) })
	return r, nil
}
