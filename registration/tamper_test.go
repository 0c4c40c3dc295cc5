package registration_test

import (
	"context"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
)

var (
	auditKey = []byte("0123456789abcdef0123456789abcdef")
	otherKey = []byte("fedcba9876543210fedcba9876543210")
)

// tamperFixture is a database with a keyed audit trail of more than 60 entries, two
// decisions (one corrected) and an anchor of the trail's head.
type tamperFixture struct {
	d      *db.DB
	trail  *access.Trail
	anchor access.Anchor
}

func newTamperFixture(t *testing.T, d *db.DB) *tamperFixture {
	t.Helper()
	ctx := context.Background()
	lex, err := screen.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	trail := access.NewTrail(d, time.Now)
	trail.SetKey(auditKey)
	svc := registration.NewService(d, trail, screen.New(lex), catalog.Default(), time.Now)
	f := &fixture{d: d, dir: t.TempDir(), svc: svc}
	f.importFile(t, f.file(t, "a.csv", sample(t, "sample.csv")))
	for _, in := range []registration.DecisionInput{
		{Kind: catalog.DecisionCodis, Grounds: []string{"herkomst"}, Manifestation: "bedreiging", Rationale: "Scheldwoord bij bedreiging."},
		{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"}, Grounds: []string{"herkomst"}, Manifestation: "belediging", Rationale: "Correctie."},
	} {
		if _, err := svc.Decide(ctx, analyst, "2026-DH-000001", in); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 60 {
		if err := trail.Record(ctx, analyst, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: "2026-DH-000002", Detail: time.Duration(i).String()}); err != nil {
			t.Fatal(err)
		}
	}
	an, p, err := trail.Anchor(ctx)
	if err != nil || p != nil {
		t.Fatalf("Anchor = %v, %v", p, err)
	}
	return &tamperFixture{d: d, trail: trail, anchor: an}
}

// problem runs every check of 'stelsel audit verify --anchor' and returns the first
// problem found, "" when everything is intact.
func (f *tamperFixture) problem(t *testing.T, an access.Anchor) string {
	t.Helper()
	ctx := context.Background()
	_, p, err := f.trail.VerifyAnchor(ctx, an)
	if err != nil {
		t.Fatal(err)
	}
	if p != nil {
		return p.Reason
	}
	_, dp, err := registration.VerifyDecisions(ctx, f.d, f.trail)
	if err != nil {
		t.Fatal(err)
	}
	if dp != nil {
		return dp.Reason
	}
	return ""
}

func (f *tamperFixture) exec(t *testing.T, q string, args ...any) {
	t.Helper()
	if _, err := f.d.Exec(context.Background(), q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func (f *tamperFixture) last(t *testing.T) int64 {
	t.Helper()
	var n int64
	if err := f.d.QueryRow(context.Background(), "SELECT max(seq) FROM audit_log").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// rechain removes the entries from seq on and appends them again through trail, the
// first with its detail rewritten: what someone who can write the database does to hide
// a change.
func (f *tamperFixture) rechain(t *testing.T, trail *access.Trail, seq int64) {
	t.Helper()
	ctx := context.Background()
	entries, err := f.trail.List(ctx, access.System("t"), access.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	f.exec(t, "DELETE FROM audit_log WHERE seq >= ?", seq)
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if e.Seq < seq {
			continue
		}
		if e.Seq == seq {
			e.Detail = "herschreven"
		}
		a := access.Actor{Username: e.Actor, Role: e.Role}
		if err := trail.Record(ctx, a, e); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAuditTamperingIsFound applies each tampering of the outside test to the database
// itself and checks that verification names it.
func TestAuditTamperingIsFound(t *testing.T) {
	wrongKey := func(d *db.DB) *access.Trail {
		tr := access.NewTrail(d, time.Now)
		tr.SetKey(otherKey)
		return tr
	}
	cases := []struct {
		name   string
		tamper func(t *testing.T, f *tamperFixture) access.Anchor // returns the anchor to verify against
	}{
		{"edit detail", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET detail = 'niets' WHERE seq = 5")
			return f.anchor
		}},
		{"edit actor", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET actor = 'iemand' WHERE seq = 7")
			return f.anchor
		}},
		{"edit time", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET at = ? WHERE seq = 8", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
			return f.anchor
		}},
		{"edit prev_hash", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET prev_hash = hash WHERE seq = 9")
			return f.anchor
		}},
		{"edit hash", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET hash = prev_hash WHERE seq = 10")
			return f.anchor
		}},
		{"remove a middle row", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log WHERE seq = 20")
			return f.anchor
		}},
		{"remove the first row", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log WHERE seq = 1")
			return f.anchor
		}},
		{"remove the last row", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log WHERE seq = ?", f.last(t))
			return f.anchor
		}},
		{"remove the last 50 rows", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log WHERE seq > ?", f.last(t)-50)
			return f.anchor
		}},
		{"remove every row", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log")
			return f.anchor
		}},
		{"renumber the last row", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET seq = seq + 1000 WHERE seq = ?", f.last(t))
			return f.anchor
		}},
		{"swap two rows' content", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE audit_log SET detail = (SELECT detail FROM audit_log WHERE seq = 30) WHERE seq = 31")
			return f.anchor
		}},
		{"append a forged row", func(t *testing.T, f *tamperFixture) access.Anchor {
			if err := wrongKey(f.d).Record(context.Background(), analyst, access.Entry{Action: access.ActionView, ObjectKind: "registration", ObjectID: "x"}); err != nil {
				t.Fatal(err)
			}
			return f.anchor
		}},
		{"append a replayed row", func(t *testing.T, f *tamperFixture) access.Anchor {
			last := f.last(t)
			f.exec(t, `INSERT INTO audit_log (seq, at, actor, role, action, object_kind, object_id, unit, reason, detail, prev_hash, hash)
				SELECT seq + 1, at, actor, role, action, object_kind, object_id, unit, reason, detail, hash, hash FROM audit_log WHERE seq = ?`, last)
			return f.anchor
		}},
		{"rewrite a row and re-chain without the key", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.rechain(t, wrongKey(f.d), 12)
			return f.anchor
		}},
		{"rewrite a row and re-chain with the key", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.rechain(t, f.trail, 12)
			return f.anchor
		}},
		{"forge the anchor", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM audit_log WHERE seq > ?", f.last(t)-3)
			an := f.anchor
			an.Seq -= 3
			return an
		}},
		{"change a decision", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "UPDATE decisions SET kind = ? WHERE id = (SELECT max(id) FROM decisions)", catalog.DecisionNotDiscrimination)
			return f.anchor
		}},
		{"add a decision", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, `INSERT INTO decisions (number, version, kind, reviewer, decided_at) VALUES ('2026-DH-000002', 1, ?, 'ana', ?)`,
				catalog.DecisionDiscrimination, time.Now().UTC())
			return f.anchor
		}},
		{"remove a decision", func(t *testing.T, f *tamperFixture) access.Anchor {
			f.exec(t, "DELETE FROM decisions WHERE id = (SELECT min(id) FROM decisions)")
			return f.anchor
		}},
	}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newTamperFixture(t, d)
		if p := f.problem(t, f.anchor); p != "" {
			t.Fatalf("untouched trail: verify found %q", p)
		}
		if n := f.last(t); n < 60 {
			t.Fatalf("fixture has %d entries, want > 60", n)
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dbtest.Each(t, func(t *testing.T, d *db.DB) {
				f := newTamperFixture(t, d)
				an := c.tamper(t, f)
				if p := f.problem(t, an); p == "" {
					t.Errorf("verify after %q found nothing", c.name)
				}
			})
		})
	}
}
