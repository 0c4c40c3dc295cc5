package registration_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/registration"
	"stelsel/screen"
)

// queueCSV has n flagged registrations of DH, each a day apart, all with the same hits:
// the queue orders them by date, newest first (Q-000n first).
func queueCSV(n int) string {
	var b strings.Builder
	b.WriteString("registratienummer,soort,eenheid,basisteam,incidentcode,omschrijving,pleegdatum,registratiedatum,gemeente,tekst\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "2026-Q-%06d,melding,DH,Schilderswijk,F100,Belediging,,2026-02-%02dT10:00:00,Den Haag,\"Melder werd uitgescholden voor kankerjood.\"\n", i, i)
	}
	return b.String()
}

// liveService is a service on real time, safe for concurrent use, with n queue items.
func liveService(t *testing.T, d *db.DB, n int) *registration.Service {
	t.Helper()
	lex, err := screen.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	svc := registration.NewService(d, access.NewTrail(d, time.Now), screen.New(lex), catalog.Default(), time.Now)
	if res, err := svc.ImportReader(context.Background(), system, strings.NewReader(queueCSV(n)), "q.csv", registration.ImportOptions{}); err != nil || res.Flagged != n {
		t.Fatalf("import = %+v, %v; want %d flagged", res, err, n)
	}
	return svc
}

func notDiscrimination(rationale string) registration.DecisionInput {
	return registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Reason: "citaat zonder incident", Rationale: rationale}
}

func basis(id int64) *int64 { return &id }

// checkLinear fails unless the decisions on number form one chain, each superseding
// the one before, with the queue item at the newest.
func checkLinear(t *testing.T, d *db.DB, number string, want int) {
	t.Helper()
	ctx := context.Background()
	rows, err := d.Query(ctx, "SELECT id, coalesce(supersedes, 0) FROM decisions WHERE number = ? ORDER BY id", number)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var prev int64
	n := 0
	for rows.Next() {
		var id, sup int64
		if err := rows.Scan(&id, &sup); err != nil {
			t.Fatal(err)
		}
		if sup != prev {
			t.Errorf("decision %d supersedes %d, want %d: the history forked", id, sup, prev)
		}
		prev = id
		n++
	}
	if n != want {
		t.Errorf("%d decisions on %s, want %d", n, number, want)
	}
	var item int64
	if err := d.QueryRow(ctx, "SELECT decision_id FROM queue_items WHERE number = ?", number).Scan(&item); err != nil || item != prev {
		t.Errorf("queue item points at decision %d (%v), want the newest %d", item, err, prev)
	}
}

// TestConcurrentDecisions is issue 12.2: twenty reviewers deciding one registration at
// the same moment leave one linear history, and of twenty saves made on the same view
// exactly one lands.
func TestConcurrentDecisions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 1)
		const number, n = "2026-Q-000001", 20
		run := func(in func(i int) registration.DecisionInput) (ok, conflicts int) {
			var wg sync.WaitGroup
			var mu sync.Mutex
			start := make(chan struct{})
			for i := range n {
				wg.Go(func() {
					a := access.Actor{Username: fmt.Sprintf("ana%d", i), Name: fmt.Sprintf("Ana %d", i), Role: access.RoleAnalyst}
					<-start
					_, err := svc.Decide(ctx, a, number, in(i))
					mu.Lock()
					defer mu.Unlock()
					switch stelsel.ErrorCode(err) {
					case "":
						ok++
					case stelsel.ECONFLICT:
						conflicts++
					default:
						t.Errorf("Decide %d: %v", i, err)
					}
				})
			}
			close(start)
			wg.Wait()
			return ok, conflicts
		}
		// Without a basis every decision lands, one after the other.
		if ok, _ := run(func(i int) registration.DecisionInput { return notDiscrimination(fmt.Sprintf("motivering %d", i)) }); ok != n {
			t.Errorf("%d of %d decisions without basis landed", ok, n)
		}
		checkLinear(t, d, number, n)
		det, err := svc.Get(ctx, analyst, number, "test")
		if err != nil {
			t.Fatal(err)
		}
		// Twenty saves made on the same view: one lands, nineteen are told it is stale.
		newest := det.Current.ID
		ok, conflicts := run(func(i int) registration.DecisionInput {
			in := notDiscrimination(fmt.Sprintf("tweede ronde %d", i))
			in.Basis = basis(newest)
			return in
		})
		if ok != 1 || conflicts != n-1 {
			t.Errorf("saves on one view: %d landed, %d conflicts; want 1 and %d", ok, conflicts, n-1)
		}
		checkLinear(t, d, number, n+1)
	})
}

// TestStaleAndUnchangedSave is issue 7 items 4 and 5.
func TestStaleAndUnchangedSave(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 1)
		const number = "2026-Q-000001"
		// Two analysts open the registration: neither sees a decision.
		first := notDiscrimination("eerste")
		first.Basis = basis(0)
		d1, err := svc.Decide(ctx, analyst, number, first)
		if err != nil || d1.Supersedes != 0 {
			t.Fatalf("first decision = %+v, %v", d1, err)
		}
		second := registration.DecisionInput{Kind: catalog.DecisionMoreInformation, Rationale: "tweede", Basis: basis(0)}
		_, err = svc.Decide(ctx, analyst2, number, second)
		if stelsel.ErrorCode(err) != stelsel.ECONFLICT || !strings.Contains(err.Error(), "Ana List") || !strings.Contains(err.Error(), "Geen discriminatie") {
			t.Errorf("stale save = %v; want ECONFLICT naming the newer decision by Ana List", err)
		}
		// Saving the unchanged form again writes nothing.
		again := notDiscrimination("eerste")
		again.Basis = basis(d1.ID)
		d2, err := svc.Decide(ctx, analyst, number, again)
		if err != nil || !d2.Unchanged || d2.ID != d1.ID {
			t.Errorf("unchanged save = %+v, %v; want decision %d unchanged", d2, err, d1.ID)
		}
		// The same decision reached by the second analyst on a stale view is no conflict either.
		same := notDiscrimination("eerste")
		same.Basis = basis(0)
		if d3, err := svc.Decide(ctx, analyst2, number, same); err != nil || !d3.Unchanged {
			t.Errorf("same decision on a stale view = %+v, %v; want unchanged", d3, err)
		}
		// The second analyst, now shown the newer decision, corrects it.
		second.Basis = basis(d1.ID)
		d4, err := svc.Decide(ctx, analyst2, number, second)
		if err != nil || d4.Supersedes != d1.ID {
			t.Errorf("correction = %+v, %v; want one superseding %d", d4, err, d1.ID)
		}
		checkLinear(t, d, number, 2)
	})
}

// TestIdempotencyKey is issue 12.17: a retried API decision returns the first result.
func TestIdempotencyKey(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 2)
		in := notDiscrimination("via koppeling")
		in.Key = "9c1f6a2e-retry"
		d1, err := svc.Decide(ctx, analyst, "2026-Q-000001", in)
		if err != nil {
			t.Fatal(err)
		}
		in.Rationale = "via koppeling" // the same request again, after a correction by someone else
		if _, err := svc.Decide(ctx, analyst2, "2026-Q-000001", notDiscrimination("ander")); err != nil {
			t.Fatal(err)
		}
		d2, err := svc.Decide(ctx, analyst, "2026-Q-000001", in)
		if err != nil || d2.ID != d1.ID {
			t.Errorf("retry = %+v, %v; want the first decision %d", d2, err, d1.ID)
		}
		checkLinear(t, d, "2026-Q-000001", 2)
		// The same key for another request is refused; another user's key is their own.
		in.Rationale = "iets anders"
		if _, err := svc.Decide(ctx, analyst, "2026-Q-000001", in); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("key reused for another request = %v, want ECONFLICT", err)
		}
		if _, err := svc.Decide(ctx, analyst, "2026-Q-000002", in); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("key reused for another registration = %v, want ECONFLICT", err)
		}
		if d3, err := svc.Decide(ctx, analyst2, "2026-Q-000002", in); err != nil || d3.Number != "2026-Q-000002" {
			t.Errorf("another user's key = %+v, %v", d3, err)
		}
	})
}

// TestNeighbour is issue 7 item 3: next and previous follow the filtered queue order
// from the current position and skip what others hold.
func TestNeighbour(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 5)
		num := func(i int) string { return fmt.Sprintf("2026-Q-%06d", i) }
		page, err := svc.Queue(ctx, analyst, registration.QueueFilter{})
		if err != nil || len(page.Items) != 5 || page.Items[0].Number != num(5) {
			t.Fatalf("queue = %+v, %v", page.Items, err)
		}
		f := registration.QueueFilter{Unit: "DH"}
		for _, c := range []struct {
			from int
			back bool
			want string
		}{{5, false, num(4)}, {3, false, num(2)}, {3, true, num(4)}, {5, true, ""}, {1, false, num(5)}} {
			if got, err := svc.Neighbour(ctx, analyst, f, num(c.from), c.back); err != nil || got != c.want {
				t.Errorf("Neighbour(%s, back %v) = %q, %v; want %q", num(c.from), c.back, got, err, c.want)
			}
		}
		// Deciding item 3 takes it out of the open queue; "next" from it still goes on to 2.
		if _, err := svc.Decide(ctx, analyst, num(3), notDiscrimination("x")); err != nil {
			t.Fatal(err)
		}
		if got, _ := svc.Neighbour(ctx, analyst, f, num(3), false); got != num(2) {
			t.Errorf("Neighbour after deciding = %q, want %s", got, num(2))
		}
		// Bob opens item 2: Ana's next skips it, Bob's own does not.
		c, err := svc.Claim(ctx, analyst2, num(2))
		if err != nil || !c.Mine(analyst2) {
			t.Fatalf("Claim = %+v, %v", c, err)
		}
		if c, err := svc.Claim(ctx, analyst, num(2)); err != nil || c.Mine(analyst) || c.Name != "Bob Tweede" {
			t.Errorf("Claim of a held item = %+v, %v; want Bob's claim", c, err)
		}
		if got, _ := svc.Neighbour(ctx, analyst, f, num(3), false); got != num(1) {
			t.Errorf("Neighbour past a held item = %q, want %s", got, num(1))
		}
		if got, _ := svc.Neighbour(ctx, analyst2, f, num(3), false); got != num(2) {
			t.Errorf("Neighbour of the holder = %q, want %s", got, num(2))
		}
		if p, _ := svc.Queue(ctx, analyst, f); len(p.Items) != 4 || p.Items[2].Number != num(2) || p.Items[2].ClaimedName != "Bob Tweede" {
			t.Errorf("queue rows = %+v, want Bob's claim shown on %s", p.Items, num(2))
		}
		// Deciding releases the claim.
		if _, err := svc.Decide(ctx, analyst2, num(2), notDiscrimination("y")); err != nil {
			t.Fatal(err)
		}
		if c, _ := svc.Claim(ctx, analyst, num(2)); !c.Mine(analyst) {
			t.Errorf("after the decision the claim is %+v, want it free for Ana", c)
		}
	})
}

// TestPresetReasonAndSuggestions is issue 7 item 8 in the domain: a preset reason makes
// the free text optional, and the hits suggest indications.
func TestPresetReasonAndSuggestions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 1)
		const number = "2026-Q-000001"
		if errs := svc.ValidateDecision(registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination}); len(errs) != 2 {
			t.Errorf("geen discriminatie without reason or rationale = %v, want both asked for", errs)
		}
		if errs := svc.ValidateDecision(registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, ReasonCode: "bestaat_niet"}); len(errs) == 0 || errs[0].Field != "reden" {
			t.Errorf("unknown preset reason = %v, want it refused", errs)
		}
		if errs := svc.ValidateDecision(registration.DecisionInput{Kind: catalog.DecisionDiscrimination, ReasonCode: "homoniem"}); len(errs) == 0 || errs[0].Field != "reden" {
			t.Errorf("preset reason with discriminatie = %v, want it refused", errs)
		}
		dec, err := svc.Decide(ctx, analyst, number, registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, ReasonCode: "homoniem",
			Reason: "achternaam", Grounds: []string{"antisemitisme"}})
		if err != nil || dec.Reason != "Woord met een andere betekenis (homoniem) — achternaam" || dec.Grounds != nil {
			t.Fatalf("Decide with a preset reason = %+v, %v", dec, err)
		}
		if code, text := svc.SplitReason(dec.Reason); code != "homoniem" || text != "achternaam" {
			t.Errorf("SplitReason(%q) = %q, %q", dec.Reason, code, text)
		}
		det, err := svc.Get(ctx, analyst, number, "test")
		if err != nil || len(det.SuggestedIndications) != 1 || det.SuggestedIndications[0] != "antisemitisme" {
			t.Errorf("suggested indications for a kankerjood hit = %v, %v; want antisemitisme", det.SuggestedIndications, err)
		}
	})
}

// TestDecideBulk is issue 7 item 9: each registration of a bulk decision is its own
// decision, audited alone, under four-eyes, and one decided meanwhile is not overwritten.
func TestDecideBulk(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 3)
		svc.FourEyes = true
		if _, err := svc.Decide(ctx, analyst2, "2026-Q-000002", notDiscrimination("al gedaan")); err != nil {
			t.Fatal(err)
		}
		res, err := svc.DecideBulk(ctx, analyst, []string{"2026-Q-000001", "2026-Q-000002", "2026-Q-000003", "2026-Q-999999"}, "homoniem", "")
		if err != nil || len(res) != 4 {
			t.Fatalf("DecideBulk = %+v, %v", res, err)
		}
		for i, want := range []string{"", stelsel.ECONFLICT, "", stelsel.ENOTFOUND} {
			if got := stelsel.ErrorCode(res[i].Error); got != want {
				t.Errorf("bulk %s: %v, want %q", res[i].Number, res[i].Error, want)
			}
		}
		if !res[0].Decision.NeedsConfirmation {
			t.Errorf("a bulk decision under four-eyes does not wait for confirmation")
		}
		var audited int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM audit_log WHERE action = 'create' AND object_kind = 'registration' AND object_id IN ('2026-Q-000001', '2026-Q-000003')").Scan(&audited); err != nil || audited != 2 {
			t.Errorf("%d audit entries for the bulk decisions (%v), want one each", audited, err)
		}
		if _, err := svc.DecideBulk(ctx, analyst, []string{"2026-Q-000001"}, "", ""); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("bulk without a preset reason = %v, want EINVALID", err)
		}
		if _, err := svc.DecideBulk(ctx, officer("DH"), []string{"2026-Q-000001"}, "homoniem", ""); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("bulk by an officer = %v, want EFORBIDDEN", err)
		}
	})
}

// TestQueueFinding is issue 7 item 10: search by number, filter by kind and strength,
// page back and forth with the position known.
func TestQueueFinding(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		svc := liveService(t, d, 5)
		numbers := func(p registration.QueuePage) string {
			var out []string
			for _, it := range p.Items {
				out = append(out, strings.TrimPrefix(it.Number, "2026-Q-00000"))
			}
			return strings.Join(out, ",")
		}
		p1, err := svc.Queue(ctx, analyst, registration.QueueFilter{Limit: 2})
		if err != nil || numbers(p1) != "5,4" || p1.Prev != "" || p1.Next == "" || p1.Offset != 0 {
			t.Fatalf("page 1 = %s prev %q offset %d, %v", numbers(p1), p1.Prev, p1.Offset, err)
		}
		p2, err := svc.Queue(ctx, analyst, registration.QueueFilter{Limit: 2, After: p1.Next})
		if err != nil || numbers(p2) != "3,2" || p2.Prev == "" || p2.Offset != 2 || p2.Total != 5 {
			t.Fatalf("page 2 = %s prev %q offset %d total %d, %v", numbers(p2), p2.Prev, p2.Offset, p2.Total, err)
		}
		back, err := svc.Queue(ctx, analyst, registration.QueueFilter{Limit: 2, Before: p2.Prev})
		if err != nil || numbers(back) != "5,4" || back.Prev != "" || back.Next == "" || back.Offset != 0 {
			t.Errorf("back from page 2 = %s prev %q next %q offset %d, %v", numbers(back), back.Prev, back.Next, back.Offset, err)
		}
		for _, c := range []struct {
			f    registration.QueueFilter
			want string
		}{
			{registration.QueueFilter{Number: "2026-Q-000003"}, "3"},
			{registration.QueueFilter{Number: "2026-Q-%"}, ""},
			{registration.QueueFilter{Kind: registration.KindComplaint}, ""},
			{registration.QueueFilter{Kind: registration.KindReport, Strong: true}, "5,4,3,2,1"},
		} {
			if p, err := svc.Queue(ctx, analyst, c.f); err != nil || numbers(p) != c.want {
				t.Errorf("Queue(%+v) = %s, %v; want %s", c.f, numbers(p), err, c.want)
			}
		}
		if _, err := svc.Queue(ctx, analyst, registration.QueueFilter{Kind: "brief"}); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("unknown kind = %v, want EINVALID", err)
		}
	})
}
