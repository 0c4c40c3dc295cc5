package registration

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// coded reports whether a decision kind gives the registration a BVH discrimination code.
func coded(kind string) bool {
	return kind == catalog.DecisionDiscrimination || kind == catalog.DecisionCodis
}

// ValidateDecision checks a decision against the rules and the catalog and returns every
// problem, one EINVALID error per field, with a Dutch message. Forms show them all;
// Decide returns the first.
func (s *Service) ValidateDecision(in DecisionInput) []*stelsel.Error {
	var errs []*stelsel.Error
	bad := func(field, format string, args ...any) { errs = append(errs, stelsel.Invalid(field, format, args...)) }
	c := s.cat
	if !c.DecisionKinds.Has(in.Kind) {
		labels := make([]string, len(c.DecisionKinds))
		for i, k := range c.DecisionKinds {
			labels[i] = strings.ToLower(k.Label)
		}
		bad("soort", "kies een soort beoordeling: %s", strings.Join(labels, ", "))
		return errs
	}
	for _, a := range in.Articles {
		if !c.Articles.Has(a) {
			bad("artikelen", "onbekend artikel %q", a)
		}
	}
	for _, g := range in.Grounds {
		if !c.Grounds.Has(g) {
			bad("gronden", "onbekende discriminatiegrond %q", g)
		}
	}
	for _, i := range in.Indications {
		if !c.Indications.Has(i) {
			bad("indicaties", "onbekende indicatie %q", i)
		}
	}
	if in.Manifestation != "" && !c.Manifestations.Has(in.Manifestation) {
		bad("verschijningsvorm", "onbekende verschijningsvorm %q", in.Manifestation)
	}
	if in.ReasonCode != "" && (in.Kind != catalog.DecisionNotDiscrimination || !c.NoDiscriminationReasons.Has(in.ReasonCode)) {
		bad("reden", "onbekende reden %q", in.ReasonCode)
	}
	switch in.Kind {
	case catalog.DecisionNotDiscrimination:
		if strings.TrimSpace(in.Reason) == "" && in.ReasonCode == "" {
			bad("reden", "kies een reden waarom dit geen discriminatie is, of licht die toe")
		}
		if len(in.Articles) > 0 {
			bad("artikelen", "artikelen horen alleen bij discriminatie of codis")
		}
	case catalog.DecisionDiscrimination:
		if !slices.ContainsFunc(in.Articles, func(a string) bool { return a != "44bis" }) {
			bad("artikelen", "kies ten minste één artikel (137c-137g of 429quater Sr)")
		}
	case catalog.DecisionCodis:
		if slices.ContainsFunc(in.Articles, func(a string) bool { return a != "44bis" }) {
			bad("artikelen", "bij codis hoort alleen art. 44bis Sr; kies anders 'discriminatie'")
		}
	}
	if coded(in.Kind) {
		if len(in.Grounds) == 0 {
			bad("gronden", "kies ten minste één discriminatiegrond")
		}
		if in.Manifestation == "" {
			bad("verschijningsvorm", "kies een verschijningsvorm")
		}
	}
	if in.Referral && strings.TrimSpace(in.ADV) == "" {
		bad("adv", "noem de antidiscriminatievoorziening waarnaar is doorverwezen")
	}
	if strings.TrimSpace(in.Rationale) == "" && (in.Kind != catalog.DecisionNotDiscrimination || in.ReasonCode == "") {
		bad("motivering", "geef een motivering")
	}
	if len(in.Rationale) > 10000 || len(in.Reason) > 2000 {
		bad("motivering", "motivering of reden is te lang")
	}
	return errs
}

// Decide records a decision on the current version of a registration. A decision on a
// registration that already has one is a correction: it is appended and supersedes the
// previous one, which stays in the history. The actor needs access.Decide for the
// registration's unit. With FourEyes, a final decision waits for Confirm.
//
// Decisions on one registration are serialised: the registration's row is locked first
// (SQLite transactions are immediate), and the queue item is moved on only from the
// newest decision read, so two reviewers can never fork the history. A decision made on
// a stale view (in.Basis is not the newest decision) is refused with ECONFLICT naming
// the newer decision; one equal to the newest decision on the same text and lexicon
// changes nothing and comes back with Unchanged set. With in.Key (an API client's
// Idempotency-Key), a repeated request returns the decision the first one made.
func (s *Service) Decide(ctx context.Context, a access.Actor, number string, in DecisionInput) (Decision, error) {
	if err := a.Require(access.Decide); err != nil {
		return Decision{}, err
	}
	in.Articles, in.Grounds, in.Indications = clean(in.Articles), clean(in.Grounds), clean(in.Indications)
	in.Reason, in.Rationale, in.ADV = strings.TrimSpace(in.Reason), strings.TrimSpace(in.Rationale), strings.TrimSpace(in.ADV)
	in.ReasonCode = strings.TrimSpace(in.ReasonCode)
	if !in.Referral {
		in.ADV = ""
	}
	if errs := s.ValidateDecision(in); len(errs) > 0 {
		return Decision{}, errs[0]
	}
	if in.Kind == catalog.DecisionNotDiscrimination {
		// Only what applies to the kind is kept (a form may send more).
		in.Grounds, in.Indications, in.Manifestation = nil, nil, ""
	}
	if in.ReasonCode != "" {
		in.Reason = JoinReason(s.cat.NoDiscriminationReasons.Label(in.ReasonCode), in.Reason)
		in.ReasonCode = ""
	}
	basis, key := in.Basis, in.Key
	in.Basis, in.Key = nil, ""
	var dec Decision
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		var unit, kind, team, lexicon string
		var version int
		var registered sql.NullTime
		lock := ""
		if tx.Dialect() == db.Postgres {
			lock = " FOR UPDATE"
		}
		err := tx.QueryRow(ctx, "SELECT unit, kind, team, version, lexicon, registered_at FROM registrations WHERE number = ?"+lock, number).
			Scan(&unit, &kind, &team, &version, &lexicon, &registered)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !a.CanUnit(access.Decide, unit)) {
			return stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
		}
		if err != nil {
			return fmt.Errorf("read registration %s: %w", number, err)
		}
		if key != "" {
			first, found, err := s.repeated(ctx, tx, a, key, number, in, basis)
			if err != nil || found {
				dec = first
				return err
			}
		}
		prev, err := scanDecision(tx.QueryRow(ctx, latestDecision, number))
		hasPrev := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("read decisions %s: %w", number, err)
		}
		if hasPrev && prev.Version == version && prev.Lexicon == lexicon && sameDecision(prev.DecisionInput, in) {
			dec, dec.Unchanged = prev, true
			return nil
		}
		if basis != nil && *basis != prev.ID {
			if !hasPrev {
				return stelsel.Errorf(stelsel.ECONFLICT, "de beoordeling waarop u voortbouwde bestaat niet (meer); laad registratie %s opnieuw", number)
			}
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s is intussen beoordeeld door %s op %s (%s); uw beoordeling is niet opgeslagen. "+
				"Bekijk de nieuwere beoordeling en sla zo nodig opnieuw op als correctie.",
				number, prev.ReviewerName, prev.DecidedAt.In(amsterdam).Format("02-01-2006 15:04"), s.cat.DecisionKinds.Label(prev.Kind))
		}
		now := s.clock()
		dec = Decision{DecisionInput: in, Number: number, Version: version, Lexicon: lexicon, Reviewer: a.Username,
			ReviewerName: a.Name, DecidedAt: now, Supersedes: prev.ID}
		dec.NeedsConfirmation = s.FourEyes && in.Kind != catalog.DecisionMoreInformation
		var effective any
		if !dec.NeedsConfirmation {
			dec.EffectiveAt = &now
			effective = now
		}
		var supersedes any
		if hasPrev {
			supersedes = prev.ID
		}
		err = tx.QueryRow(ctx, `INSERT INTO decisions (number, version, lexicon, kind, articles, grounds, indications, manifestation,
				referral, adv, reason, rationale, reviewer, reviewer_name, decided_at, needs_confirmation, effective_at, supersedes,
				unit, registered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			number, version, lexicon, in.Kind, strings.Join(in.Articles, ","), strings.Join(in.Grounds, ","),
			strings.Join(in.Indications, ","), in.Manifestation, in.Referral, in.ADV, in.Reason, in.Rationale,
			a.Username, a.Name, now, dec.NeedsConfirmation, effective, supersedes,
			// Unit and registration date of the version decided on, for figures (report).
			unit, registered.Time.UTC()).Scan(&dec.ID)
		if err != nil {
			return fmt.Errorf("insert decision: %w", err)
		}
		// The decisions before this one are no longer in force from now (migration 00730):
		// figures test a decision's own row for "in force at the data moment".
		if hasPrev {
			if _, err := tx.Exec(ctx, "UPDATE decisions SET superseded_at = ? WHERE number = ? AND id < ? AND (superseded_at IS NULL OR superseded_at > ?)",
				now, number, dec.ID, now); err != nil {
				return fmt.Errorf("supersede decisions %s: %w", number, err)
			}
		}
		status := StatusDecided
		switch {
		case in.Kind == catalog.DecisionMoreInformation:
			status = StatusMoreInfo
		case dec.NeedsConfirmation:
			status = StatusConfirm
		}
		// A registration decided without being flagged (e.g. coded by an officer) gets a
		// queue item too, so lists and counts find it. The item moves on only from the
		// decision read above (or an older one): the conditional write behind the lock.
		res, err := tx.Exec(ctx, `INSERT INTO queue_items (number, kind, unit, team, registered_at, status, priority, version, lexicon,
				decision_id, decision_kind, decided_version, decided_lexicon, decided_by, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (number) DO UPDATE SET status = excluded.status, decision_id = excluded.decision_id,
				decision_kind = excluded.decision_kind, decided_version = excluded.decided_version,
				decided_lexicon = excluded.decided_lexicon, decided_by = excluded.decided_by, updated_at = excluded.updated_at,
				claimed_by = '', claimed_name = '', claimed_until = NULL
			WHERE coalesce(queue_items.decision_id, 0) <= ?`,
			number, kind, unit, team, registered.Time.UTC(), status, version, lexicon, dec.ID, in.Kind, version, lexicon, a.Username, now, prev.ID)
		if err != nil {
			return fmt.Errorf("update queue item %s: %w", number, err)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s is tegelijk door een ander beoordeeld; laad de registratie opnieuw", number)
		}
		if key != "" {
			if err := s.remember(ctx, tx, a, key, number, in, basis, dec.ID, now); err != nil {
				return err
			}
		}
		// The detail starts "beoordeling ID" for VerifyDecisions (seal.go).
		action, detail := access.ActionCreate, fmt.Sprintf("beoordeling %d: %s", dec.ID, s.cat.DecisionKinds.Label(in.Kind))
		if hasPrev {
			action, detail = access.ActionChange, fmt.Sprintf("beoordeling %d (correctie van %d): %s", dec.ID, prev.ID, s.cat.DecisionKinds.Label(in.Kind))
		}
		detail, err = s.sealDetail(ctx, tx, dec.ID, detail)
		if err != nil {
			return err
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: action, ObjectKind: "registration", ObjectID: number, Unit: unit, Detail: detail})
	})
	if err != nil {
		return Decision{}, err
	}
	if !dec.Unchanged {
		s.counts.invalidate()
	}
	return dec, nil
}

// latestDecision reads the newest decision on a registration that was not undone: the
// one a new decision corrects, Confirm confirms and Undo undoes.
const latestDecision = "SELECT " + decisionCols + " FROM decisions WHERE number = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1"

// sameDecision reports whether two decisions say the same, lists compared as sets.
func sameDecision(a, b DecisionInput) bool {
	set := func(l []string) []string { c := slices.Clone(l); slices.Sort(c); return c }
	return a.Kind == b.Kind && slices.Equal(set(a.Articles), set(b.Articles)) && slices.Equal(set(a.Grounds), set(b.Grounds)) &&
		slices.Equal(set(a.Indications), set(b.Indications)) && a.Manifestation == b.Manifestation && a.Referral == b.Referral &&
		a.ADV == b.ADV && a.Reason == b.Reason && a.Rationale == b.Rationale
}

// Confirm is the second pair of eyes: another reviewer than the one who decided confirms
// the current decision, after which its code may go out. The actor needs
// access.ConfirmDecision.
func (s *Service) Confirm(ctx context.Context, a access.Actor, number string) (Decision, error) {
	if err := a.Require(access.ConfirmDecision); err != nil {
		return Decision{}, err
	}
	var dec Decision
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		var unit string
		lock := ""
		if tx.Dialect() == db.Postgres {
			lock = " FOR UPDATE"
		}
		err := tx.QueryRow(ctx, "SELECT unit FROM registrations WHERE number = ?"+lock, number).Scan(&unit)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !a.CanUnit(access.ConfirmDecision, unit)) {
			return stelsel.Errorf(stelsel.ENOTFOUND, "registratie %s niet gevonden", number)
		}
		if err != nil {
			return fmt.Errorf("read registration %s: %w", number, err)
		}
		dec, err = scanDecision(tx.QueryRow(ctx, latestDecision, number))
		if errors.Is(err, sql.ErrNoRows) {
			return stelsel.Errorf(stelsel.ECONFLICT, "registratie %s heeft nog geen beoordeling om te bevestigen", number)
		}
		if err != nil {
			return fmt.Errorf("read decision %s: %w", number, err)
		}
		switch {
		case !dec.NeedsConfirmation || dec.ConfirmedBy != "":
			return stelsel.Errorf(stelsel.ECONFLICT, "de beoordeling van %s wacht niet op bevestiging", number)
		case dec.Reviewer == a.Username:
			return stelsel.Errorf(stelsel.ECONFLICT, "vier ogen: een andere beoordelaar dan %s moet bevestigen", dec.Reviewer)
		}
		now := s.clock()
		if _, err := tx.Exec(ctx, "UPDATE decisions SET confirmed_by = ?, confirmed_at = ?, effective_at = ? WHERE id = ? AND confirmed_by = ''",
			a.Username, now, now, dec.ID); err != nil {
			return fmt.Errorf("confirm decision: %w", err)
		}
		if _, err := tx.Exec(ctx, "UPDATE queue_items SET status = ?, updated_at = ? WHERE number = ? AND decision_id = ?",
			StatusDecided, now, number, dec.ID); err != nil {
			return fmt.Errorf("update queue item: %w", err)
		}
		dec.ConfirmedBy, dec.ConfirmedAt, dec.EffectiveAt = a.Username, &now, &now
		detail, err := s.sealDetail(ctx, tx, dec.ID, fmt.Sprintf("beoordeling %d bevestigd", dec.ID))
		if err != nil {
			return err
		}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionConfirm, ObjectKind: "registration", ObjectID: number, Unit: unit, Detail: detail})
	})
	if err != nil {
		return Decision{}, err
	}
	s.counts.invalidate()
	return dec, nil
}

// reasonSep separates a preset reason from its explanation in a stored reason.
const reasonSep = " — "

// JoinReason is the stored reason of a preset reason with an optional explanation.
func JoinReason(label, text string) string {
	if text == "" {
		return label
	}
	return label + reasonSep + text
}

// SplitReason is JoinReason backwards: the preset reason code of a stored reason, if
// it starts with one, and the explanation.
func (s *Service) SplitReason(reason string) (code, text string) {
	for _, r := range s.cat.NoDiscriminationReasons {
		if reason == r.Label {
			return r.Code, ""
		}
		if rest, ok := strings.CutPrefix(reason, r.Label+reasonSep); ok {
			return r.Code, rest
		}
	}
	return "", reason
}

// suggestIndications returns the indications the hits point at, in catalog order.
func (s *Service) suggestIndications(hits []Hit) []string {
	var out []string
	for _, h := range s.cat.IndicationHints {
		if slices.Contains(out, h.Indication) {
			continue
		}
		for _, hit := range hits {
			term, match := strings.ToLower(hit.Term), strings.ToLower(hit.Match)
			if slices.ContainsFunc(h.Grounds, func(g string) bool { return slices.Contains(hit.Grounds, g) }) ||
				slices.ContainsFunc(h.Terms, func(t string) bool { return strings.Contains(term, t) || strings.Contains(match, t) }) {
				out = append(out, h.Indication)
				break
			}
		}
	}
	var ordered []string
	for _, code := range s.cat.Indications.Codes() {
		if slices.Contains(out, code) {
			ordered = append(ordered, code)
		}
	}
	return ordered
}

// clean trims, drops empties and duplicates, keeping order.
func clean(list []string) []string {
	var out []string
	for _, s := range list {
		s = strings.TrimSpace(s)
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
