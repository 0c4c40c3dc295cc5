package registration

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"stelsel/access"
	"stelsel/db"
)

// A decision is tied to the audit entry written with it: the entry's detail ends in
// "zegel=SEAL", a keyed digest of the decision row as stored. The audit chain protects
// the entry; VerifyDecisions recomputes every seal from the decisions table, so a
// decision changed, added or removed in the database itself is found.

// sealCols are the decision columns a seal covers: all of them. The undo columns join
// the seal only once set, so the seals of decisions never undone stay as they were
// before those columns existed.
const sealCols = `id, number, version, lexicon, kind, articles, grounds, indications, manifestation, referral, adv, reason,
	rationale, reviewer, reviewer_name, decided_at, needs_confirmation, confirmed_by, confirmed_at, effective_at, supersedes,
	undone_at, undone_by`

type rowQuerier interface {
	QueryRow(ctx context.Context, q string, args ...any) *sql.Row
}

// sealOf reads decision id through q and returns its seal.
func sealOf(ctx context.Context, q rowQuerier, trail *access.Trail, id int64) (string, error) {
	vals, err := scanSealRow(q.QueryRow(ctx, "SELECT "+sealCols+" FROM decisions WHERE id = ?", id))
	if err != nil {
		return "", fmt.Errorf("seal decision %d: %w", id, err)
	}
	return trail.Seal("decision", vals...), nil
}

func scanSealRow(r interface{ Scan(...any) error }) ([]string, error) {
	var id, version int64
	var number, lexicon, kind, articles, grounds, indications, manifestation, adv, reason, rationale, reviewer, reviewerName, confirmedBy string
	var referral, needs bool
	var decided time.Time
	var confirmed, effective, undone sql.NullTime
	var supersedes sql.NullInt64
	var undoneBy string
	if err := r.Scan(&id, &number, &version, &lexicon, &kind, &articles, &grounds, &indications, &manifestation, &referral, &adv,
		&reason, &rationale, &reviewer, &reviewerName, &decided, &needs, &confirmedBy, &confirmed, &effective, &supersedes,
		&undone, &undoneBy); err != nil {
		return nil, err
	}
	ts := func(t sql.NullTime) string {
		if !t.Valid {
			return ""
		}
		return t.Time.UTC().Format(time.RFC3339Nano)
	}
	sup := ""
	if supersedes.Valid {
		sup = strconv.FormatInt(supersedes.Int64, 10)
	}
	vals := []string{strconv.FormatInt(id, 10), number, strconv.FormatInt(version, 10), lexicon, kind, articles, grounds, indications,
		manifestation, strconv.FormatBool(referral), adv, reason, rationale, reviewer, reviewerName, decided.UTC().Format(time.RFC3339Nano),
		strconv.FormatBool(needs), confirmedBy, ts(confirmed), ts(effective), sup}
	if undone.Valid || undoneBy != "" {
		vals = append(vals, ts(undone), undoneBy)
	}
	return vals, nil
}

// sealDetail appends the seal of decision id, as stored in tx, to an audit detail.
func (s *Service) sealDetail(ctx context.Context, tx *db.Tx, id int64, detail string) (string, error) {
	seal, err := sealOf(ctx, tx, s.trail, id)
	if err != nil {
		return "", err
	}
	return detail + " zegel=" + seal, nil
}

// DecisionProblem names a decision that does not match its audit entry.
type DecisionProblem struct {
	ID     int64
	Number string
	Reason string
}

// VerifyDecisions checks every decision against the seal in the newest audit entry that
// names it, and every sealed entry against a decision that still exists. It returns the
// number of decisions checked and the first problem. Check the audit chain itself first
// (access.Trail.Verify): a seal is only as good as the entry that carries it.
func VerifyDecisions(ctx context.Context, d *db.DB, trail *access.Trail) (int, *DecisionProblem, error) {
	seals := map[int64]string{}
	rows, err := d.Query(ctx, `SELECT detail FROM audit_log WHERE object_kind = 'registration' AND detail LIKE 'beoordeling %' ORDER BY seq`)
	if err != nil {
		return 0, nil, fmt.Errorf("read audit trail: %w", err)
	}
	for rows.Next() {
		var detail string
		if err := rows.Scan(&detail); err != nil {
			rows.Close()
			return 0, nil, fmt.Errorf("read audit trail: %w", err)
		}
		rest, _ := strings.CutPrefix(detail, "beoordeling ")
		idText, _, _ := strings.Cut(rest, " ")
		idText = strings.TrimSuffix(idText, ":")
		_, seal, ok := strings.Cut(detail, " zegel=")
		id, err := strconv.ParseInt(idText, 10, 64)
		if !ok || err != nil {
			continue
		}
		seals[id] = seal
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("read audit trail: %w", err)
	}
	rows, err = d.Query(ctx, "SELECT "+sealCols+" FROM decisions ORDER BY id")
	if err != nil {
		return 0, nil, fmt.Errorf("read decisions: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		vals, err := scanSealRow(rows)
		if err != nil {
			return n, nil, fmt.Errorf("read decisions: %w", err)
		}
		n++
		id, _ := strconv.ParseInt(vals[0], 10, 64)
		want, ok := seals[id]
		delete(seals, id)
		switch {
		case !ok:
			return n, &DecisionProblem{ID: id, Number: vals[1], Reason: "beoordeling zonder auditregel (buiten stelsel toegevoegd)"}, nil
		case want != trail.Seal("decision", vals...):
			return n, &DecisionProblem{ID: id, Number: vals[1], Reason: "beoordeling gewijzigd: klopt niet met de zegel in de audittrail"}, nil
		}
	}
	if err := rows.Err(); err != nil {
		return n, nil, fmt.Errorf("read decisions: %w", err)
	}
	for id := range seals {
		return n, &DecisionProblem{ID: id, Reason: "beoordeling verwijderd: de audittrail noemt haar, de tabel niet"}, nil
	}
	return n, nil, nil
}
