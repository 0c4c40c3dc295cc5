package registration_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
)

// findingCSV has six flagged registrations with different texts, units, kinds and dates.
const findingCSV = header +
	"2026-F-000001,melding,DH,Schilderswijk,F100,Belediging,,2026-02-01T10:00:00,Den Haag,\"Melder werd uitgescholden voor kankerjood bij Café de Klok.\"\n" +
	"2026-F-000002,aangifte,AM,Oost,F100,Belediging,,2026-02-03T10:00:00,Amsterdam,\"Verdachte riep vuile nikker naar de agent bij de cafetaria.\"\n" +
	"2026-F-000003,melding,RT,Centrum,F100,Belediging,,2026-02-02T10:00:00,Rotterdam,\"Buurman schreeuwde kankerjood en vuile nikker over de schutting.\"\n" +
	"2026-F-000004,mutatie,DH,Laak,F100,Belediging,,2026-02-05T10:00:00,Den Haag,\"Op de deur stond KANKERJOOD geschreven; 100% zeker dezelfde dader.\"\n" +
	"2026-F-000005,aangifte,AM,West,F100,Belediging,,2026-02-04T10:00:00,Amsterdam,\"Een klant noemde de kassière een vuile nikker.\"\n" +
	"2026-F-000006,melding,RT,Noord,F100,Belediging,,2026-02-06T10:00:00,Rotterdam,\"Het woord kankerjood werd op de bus gekrast bij halte Zuidplein.\"\n"

func findingFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	f := newFixture(t, d)
	if res := f.importFile(t, f.file(t, "f.csv", findingCSV)); res.Flagged != 6 {
		t.Fatalf("import flagged %d of 6: %+v", res.Flagged, res)
	}
	return f
}

// short lists the numbers of a page by their last digit.
func short(items []registration.QueueItem) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Number[len(it.Number)-1:])
	}
	return strings.Join(out, ",")
}

// TestQueueTextSearch is issue 7 item 10: the text search finds any part of a word,
// without regard to case or diacritics, every word required, through each database's
// index, and follows a new version of the text.
func TestQueueTextSearch(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := findingFixture(t, d)
		all := registration.QueueFilter{Status: registration.StatusAll, Sort: registration.SortNumber}
		for _, c := range []struct{ text, want string }{
			{"kankerjood", "1,3,4,6"},
			{"jood", "1,3,4,6"},          // inside a word
			{"CAFE", "1,2"},              // case and diacritics folded: Café, cafetaria
			{"café klok", "1"},           // every word
			{`"vuile nikker naar"`, "2"}, // a phrase
			{"nikker schutting", "3"},
			{"100%", "4"}, // LIKE wildcards are plain characters
			{"10%", ""},
			{"zuidplein halte", "6"},
			{"fiets", ""},
		} {
			fl := all
			fl.Text = c.text
			p, err := f.svc.Queue(ctx, analyst, fl)
			if err != nil || short(p.Items) != c.want || p.Total != len(p.Items) {
				t.Errorf("Queue(text %q) = %s (total %d), %v; want %s", c.text, short(p.Items), p.Total, err, c.want)
			}
		}
		for _, bad := range []string{"de", "a b c", "een twee drie vier vijf zes", strings.Repeat("x", 201)} {
			fl := all
			fl.Text = bad
			if _, err := f.svc.Queue(ctx, analyst, fl); stelsel.ErrorCode(err) != stelsel.EINVALID {
				t.Errorf("Queue(text %q) = %v, want EINVALID", bad, err)
			}
		}
		// A new version of a text replaces the old one in the index.
		changed := header + "2026-F-000006,melding,RT,Noord,F100,Belediging,,2026-02-06T10:00:00,Rotterdam,\"Het woord kankerjood werd op de tram gekrast bij halte Beurs.\"\n"
		f.importFile(t, f.file(t, "g.csv", changed))
		for text, want := range map[string]string{"zuidplein": "", "beurs tram": "6"} {
			fl := all
			fl.Text = text
			if p, err := f.svc.Queue(ctx, analyst, fl); err != nil || short(p.Items) != want {
				t.Errorf("after a new version, Queue(text %q) = %s, %v; want %q", text, short(p.Items), err, want)
			}
		}
		// The permission table decides who searches texts: an officer has no queue at all.
		if _, err := f.svc.Queue(ctx, officer("DH"), registration.QueueFilter{Text: "jood"}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("text search as officer = %v, want EFORBIDDEN", err)
		}
	})
}

// TestQueueSort is issue 7 item 10: every column sorts both ways; paging forward and
// back, the position and next/previous follow the chosen order.
func TestQueueSort(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := findingFixture(t, d)
		for _, c := range []struct{ sort, dir, fixed string }{
			{"", "", ""}, // the queue order
			{registration.SortPriority, registration.SortUp, ""},
			{registration.SortRegistered, "", "6,4,5,2,3,1"},
			{registration.SortRegistered, registration.SortUp, "1,3,2,5,4,6"},
			{registration.SortNumber, "", "1,2,3,4,5,6"},
			{registration.SortNumber, registration.SortDown, "6,5,4,3,2,1"},
			{registration.SortKind, "", ""}, // aangifte, melding, mutatie; then the queue order
			{registration.SortKind, registration.SortDown, ""},
			{registration.SortUnit, "", ""}, // Amsterdam, Den Haag, Rotterdam: by name, not code
			{registration.SortTeam, "", ""},
			{registration.SortTeam, registration.SortDown, ""},
			{registration.SortHits, "", ""},
		} {
			fl := registration.QueueFilter{Sort: c.sort, Dir: c.dir}
			p, err := f.svc.Queue(ctx, analyst, fl)
			if err != nil {
				t.Fatalf("Queue(sort %q %q): %v", c.sort, c.dir, err)
			}
			if len(p.Items) != 6 {
				t.Fatalf("Queue(sort %q %q) has %d items, want 6", c.sort, c.dir, len(p.Items))
			}
			// The priorities differ per text: the reference is the order computed in Go.
			want := expectedOrder(t, p.Items, c.sort, c.dir)
			if got := short(p.Items); got != want || (c.fixed != "" && got != c.fixed) {
				t.Errorf("Queue(sort %q %q) = %s, want %s (fixed %q)", c.sort, c.dir, got, want, c.fixed)
			}
			// Two at a time, forward: the same sequence, the position right.
			var pages []string
			fl.Limit = 2
			var last registration.QueuePage
			for after, i := "", 0; ; i++ {
				fl.After = after
				pg, err := f.svc.Queue(ctx, analyst, fl)
				if err != nil || pg.Offset != 2*i {
					t.Fatalf("page %d (sort %q %q) offset %d, %v", i, c.sort, c.dir, pg.Offset, err)
				}
				pages = append(pages, short(pg.Items))
				last = pg
				if after = pg.Next; after == "" {
					break
				}
			}
			if got := strings.Join(pages, ","); got != short(p.Items) {
				t.Errorf("paging (sort %q %q) = %s, want %s", c.sort, c.dir, got, short(p.Items))
			}
			// And back from the last page.
			fl.After, fl.Before = "", last.Prev
			if back, err := f.svc.Queue(ctx, analyst, fl); err != nil || short(back.Items) != pages[len(pages)-2] {
				t.Errorf("back (sort %q %q) = %s, %v; want %s", c.sort, c.dir, short(back.Items), err, pages[len(pages)-2])
			}
			// Next and previous follow the order.
			fl.Before = ""
			for i := 0; i+1 < len(p.Items); i++ {
				next, err := f.svc.Neighbour(ctx, analyst, fl, p.Items[i].Number, false)
				prev, err2 := f.svc.Neighbour(ctx, analyst, fl, p.Items[i+1].Number, true)
				if err != nil || err2 != nil || next != p.Items[i+1].Number || prev != p.Items[i].Number {
					t.Errorf("sort %q %q: next of %s = %s, previous of %s = %s (%v, %v)", c.sort, c.dir,
						p.Items[i].Number, next, p.Items[i+1].Number, prev, err, err2)
				}
			}
		}
		for _, bad := range []registration.QueueFilter{{Sort: "tekst"}, {Sort: registration.SortNumber, Dir: "omhoog"}} {
			if _, err := f.svc.Queue(ctx, analyst, bad); stelsel.ErrorCode(err) != stelsel.EINVALID {
				t.Errorf("Queue(%+v) = %v, want EINVALID", bad, err)
			}
		}
	})
}

// expectedOrder sorts items by a key in Go: the reference for the SQL order. Ties keep
// the queue order (priority, newest, number, all descending).
func expectedOrder(t *testing.T, items []registration.QueueItem, key, dir string) string {
	t.Helper()
	unitName := map[string]string{"AM": "Amsterdam", "DH": "Den Haag", "RT": "Rotterdam"}
	queue := func(a, b registration.QueueItem) int {
		if a.Priority != b.Priority {
			return b.Priority - a.Priority
		}
		if !a.RegisteredAt.Equal(b.RegisteredAt) {
			return b.RegisteredAt.Compare(a.RegisteredAt)
		}
		return strings.Compare(b.Number, a.Number)
	}
	flip := func(c int, down bool) int {
		if down {
			return -c
		}
		return c
	}
	sorted := slices.Clone(items)
	slices.SortFunc(sorted, func(a, b registration.QueueItem) int {
		var c int
		down := dir == registration.SortDown
		switch key {
		case "", registration.SortPriority:
			return flip(queue(a, b), dir == registration.SortUp)
		case registration.SortRegistered:
			if c = flip(a.RegisteredAt.Compare(b.RegisteredAt), dir != registration.SortUp); c == 0 {
				c = flip(strings.Compare(a.Number, b.Number), dir != registration.SortUp)
			}
			return c
		case registration.SortNumber:
			return flip(strings.Compare(a.Number, b.Number), down)
		case registration.SortKind:
			c = flip(strings.Compare(string(a.Kind), string(b.Kind)), down)
		case registration.SortUnit:
			c = flip(strings.Compare(unitName[a.Unit], unitName[b.Unit]), down)
		case registration.SortTeam:
			c = flip(strings.Compare(a.Team, b.Team), down)
		case registration.SortHits:
			c = flip(a.HitCount-b.HitCount, dir != registration.SortUp)
		}
		if c != 0 {
			return c
		}
		return queue(a, b)
	})
	return short(sorted)
}

// TestQueueTermsAndMine is issue 7 item 10: the hit terms in the queue rows, strong
// ones marked; a filter on one term; "mijn beoordelingen".
func TestQueueTermsAndMine(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := findingFixture(t, d)
		p, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{Sort: registration.SortNumber})
		if err != nil {
			t.Fatal(err)
		}
		terms := func(it registration.QueueItem) string {
			var out []string
			for _, tm := range it.Terms {
				s := tm.Term
				if tm.Strong {
					s += "!"
				}
				out = append(out, s)
			}
			return strings.Join(out, " ")
		}
		if got := terms(p.Items[2]); !strings.Contains(got, "!") || len(p.Items[2].Terms) < 2 {
			t.Errorf("terms of %s = %q; want both slurs, marked strong", p.Items[2].Number, got)
		}
		for _, tm := range p.Items[1].Terms { // the terms of 2026-F-000002
			var want []registration.QueueItem
			for _, it := range p.Items {
				if slices.ContainsFunc(it.Terms, func(x registration.QueueTerm) bool { return x.Term == tm.Term }) {
					want = append(want, it)
				}
			}
			fl := registration.QueueFilter{Term: tm.Term, Sort: registration.SortNumber}
			if got, err := f.svc.Queue(ctx, analyst, fl); err != nil || short(got.Items) != short(want) || len(want) == 0 {
				t.Errorf("Queue(term %q) = %s, %v; want %s", tm.Term, short(got.Items), err, short(want))
			}
		}
		// The score filter: the items at or above a score, the score shown.
		top := 0
		for _, it := range p.Items {
			if it.Score <= 0 || it.Score > 100 || it.Score != it.Priority/10000 {
				t.Errorf("item %s has score %d of priority %d", it.Number, it.Score, it.Priority)
			}
			top = max(top, it.Score)
		}
		var atTop []registration.QueueItem
		for _, it := range p.Items {
			if it.Score >= top {
				atTop = append(atTop, it)
			}
		}
		if got, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{MinScore: top, Sort: registration.SortNumber}); err != nil || short(got.Items) != short(atTop) {
			t.Errorf("Queue(score >= %d) = %s, %v; want %s", top, short(got.Items), err, short(atTop))
		}
		if _, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{MinScore: 101}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("score 101 = %v, want EINVALID", err)
		}
		if got, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{Term: "%"}); err != nil || len(got.Items) != 0 {
			t.Errorf("Queue(term %%) = %s, %v; want nothing", short(got.Items), err)
		}
		for _, n := range []string{"2026-F-000001", "2026-F-000004"} {
			if _, err := f.svc.Decide(ctx, analyst, n, notDiscrimination("x")); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.svc.Decide(ctx, analyst2, "2026-F-000002", notDiscrimination("y")); err != nil {
			t.Fatal(err)
		}
		mine := registration.QueueFilter{Mine: true, Status: registration.StatusAll, Sort: registration.SortDecided}
		if got, err := f.svc.Queue(ctx, analyst, mine); err != nil || short(got.Items) != "4,1" || got.Items[0].DecidedBy != "ana" {
			t.Errorf("mijn beoordelingen of Ana = %s, %v; want 4,1 (newest first)", short(got.Items), err)
		}
		if got, err := f.svc.Queue(ctx, analyst2, mine); err != nil || short(got.Items) != "2" {
			t.Errorf("mijn beoordelingen of Bob = %s, %v; want 2", short(got.Items), err)
		}
		// Bob corrects Ana's decision on 1: it is his now.
		if _, err := f.svc.Decide(ctx, analyst2, "2026-F-000001", registration.DecisionInput{Kind: "meer_informatie", Rationale: "z"}); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.svc.Queue(ctx, analyst, mine); short(got.Items) != "4" {
			t.Errorf("after Bob's correction Ana's decisions = %s, want 4", short(got.Items))
		}
	})
}

// TestUndo is issue 7 item 10: one's own last decision can be undone within the window,
// audited; the decision before is in force again; never another's, a confirmed one, an
// old one or one BVH already received; an undone decision is never exported.
func TestUndo(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := findingFixture(t, d)
		trail := access.NewTrail(d, nil)
		const n1, n2, n3 = "2026-F-000001", "2026-F-000002", "2026-F-000003"
		first, err := f.svc.Decide(ctx, analyst, n1, notDiscrimination("eerste"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Undo(ctx, analyst2, n1); stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(err.Error(), "Ana List") {
			t.Errorf("Bob undoing Ana's decision = %v, want ECONFLICT naming Ana", err)
		}
		second, err := f.svc.Decide(ctx, analyst, n1, registration.DecisionInput{Kind: "discriminatie", Articles: []string{"137c"},
			Grounds: []string{"herkomst"}, Manifestation: "belediging", Rationale: "toch wel"})
		if err != nil {
			t.Fatal(err)
		}
		if until := f.svc.UndoUntil(analyst, &second); !until.Equal(second.DecidedAt.Add(registration.DefaultUndoWindow)) {
			t.Errorf("UndoUntil = %v, want %v", until, second.DecidedAt.Add(registration.DefaultUndoWindow))
		}
		coded := func() int {
			from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			counts, err := f.svc.CountIncidents(ctx, analyst, registration.IncidentFilter{From: from, To: from.AddDate(1, 0, 0)}, []time.Time{from})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, c := range counts {
				n += c.N
			}
			return n
		}
		if n := coded(); n != 1 {
			t.Fatalf("%d coded incidents before the undo, want 1", n)
		}
		undone, err := f.svc.Undo(ctx, analyst, n1)
		if err != nil || undone.ID != second.ID || undone.UndoneAt == nil {
			t.Fatalf("Undo = %+v, %v; want decision %d undone", undone, err, second.ID)
		}
		det, err := f.svc.Get(ctx, analyst, n1, "test")
		if err != nil || det.Current == nil || det.Current.ID != first.ID || len(det.Decisions) != 2 || det.Decisions[1].UndoneBy != "ana" {
			t.Fatalf("after undo: current %+v, history %d, %v; want the first decision in force, both kept", det.Current, len(det.Decisions), err)
		}
		if det.Status != registration.StatusDecided {
			t.Errorf("queue status after undoing a correction = %s, want %s (the first decision's)", det.Status, registration.StatusDecided)
		}
		if n := coded(); n != 0 {
			t.Errorf("%d coded incidents after undoing the code, want 0: the figures count the first decision again", n)
		}
		// The export sends the first decision (GEEN), not the undone code.
		rows, err := f.svc.CodeRows(ctx, analyst, time.Unix(0, 0), f.clock.Add(time.Hour))
		if err != nil || len(rows) != 1 || rows[0].Code != "GEEN" {
			t.Errorf("code rows after undo = %+v, %v; want the first decision, GEEN", rows, err)
		}
		// Undoing again undoes the first one: the registration is open again.
		if _, err := f.svc.Undo(ctx, analyst, n1); err != nil {
			t.Fatal(err)
		}
		if det, _ := f.svc.Get(ctx, analyst, n1, "test"); det.Current != nil || det.Status != registration.StatusOpen {
			t.Errorf("after undoing both: current %+v status %s, want none and open", det.Current, det.Status)
		}
		if rows, _ := f.svc.CodeRows(ctx, analyst, time.Unix(0, 0), f.clock.Add(time.Hour)); len(rows) != 0 {
			t.Errorf("code rows after undoing both = %+v, want none", rows)
		}
		if _, err := f.svc.Undo(ctx, analyst, n1); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("undo without a decision = %v, want ECONFLICT", err)
		}
		// Too late.
		if _, err := f.svc.Decide(ctx, analyst, n2, notDiscrimination("x")); err != nil {
			t.Fatal(err)
		}
		f.clock = f.clock.Add(registration.DefaultUndoWindow)
		if _, err := f.svc.Undo(ctx, analyst, n2); stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(err.Error(), "5 minuten") {
			t.Errorf("undo after the window = %v, want ECONFLICT naming 5 minuten", err)
		}
		// Already exported to BVH.
		if _, err := f.svc.Decide(ctx, analyst, n3, notDiscrimination("x")); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.ExportCodes(ctx, analyst, registration.ExportOptions{Dir: t.TempDir()}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Undo(ctx, analyst, n3); stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(err.Error(), "geëxporteerd") {
			t.Errorf("undo of an exported decision = %v, want ECONFLICT saying it was exported", err)
		}
		// Four-eyes: a confirmed decision is not undone; one awaiting confirmation is.
		f.svc.FourEyes = true
		const n4, n5 = "2026-F-000004", "2026-F-000005"
		for _, n := range []string{n4, n5} {
			if _, err := f.svc.Decide(ctx, analyst, n, notDiscrimination("x")); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := f.svc.Confirm(ctx, analyst2, n4); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Undo(ctx, analyst, n4); stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(err.Error(), "bevestigd") {
			t.Errorf("undo of a confirmed decision = %v, want ECONFLICT", err)
		}
		if _, err := f.svc.Undo(ctx, analyst, n5); err != nil {
			t.Errorf("undo of a decision awaiting confirmation = %v", err)
		}
		if _, err := f.svc.Confirm(ctx, analyst2, n5); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("confirming an undone decision = %v, want ECONFLICT", err)
		}
		// Every undo is sealed and audited.
		var audited int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE detail LIKE '%ongedaan gemaakt%'").Scan(&audited); err != nil || audited != 3 {
			t.Errorf("%d undo entries in the audit trail, %v; want 3", audited, err)
		}
		if n, problem, err := registration.VerifyDecisions(ctx, d, trail); err != nil || problem != nil || n == 0 {
			t.Errorf("VerifyDecisions after undo = %d, %+v, %v", n, problem, err)
		}
	})
}
