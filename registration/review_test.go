package registration_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/registration"
	"stelsel/screen"
)

func testReview(t *testing.T, f *fixture) {
	ctx := context.Background()
	f.importFile(t, f.file(t, "a.csv", sample(t, "sample.csv")))

	page, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Items) < 2 || page.Total != len(page.Items) {
		t.Fatalf("Queue = %+v, want >= 2 items", page)
	}
	for i := 1; i < len(page.Items); i++ {
		if page.Items[i-1].Priority < page.Items[i].Priority {
			t.Errorf("queue not in priority order: %+v", page.Items)
		}
	}
	if page.Items[0].Strong == 0 {
		t.Errorf("first queue item %+v has no strong hit", page.Items[0])
	}
	// Keyset paging visits every item once.
	var seen []string
	for after := ""; ; {
		p, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{Limit: 1, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range p.Items {
			seen = append(seen, it.Number)
		}
		if after = p.Next; after == "" {
			break
		}
	}
	if len(seen) != len(page.Items) {
		t.Errorf("paging saw %v, want %d items", seen, len(page.Items))
	}
	if p, err := f.svc.Queue(ctx, analyst, registration.QueueFilter{Unit: "Rotterdam"}); err != nil || len(p.Items) != 1 || p.Items[0].Unit != "RT" {
		t.Errorf("Queue(unit Rotterdam) = %+v, %v", p, err)
	}
	if _, err := f.svc.Queue(ctx, officer("DH"), registration.QueueFilter{}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
		t.Errorf("Queue as officer = %v, want forbidden", err)
	}

	const num = "2026-DH-000001"
	// Validation names every field in Dutch.
	_, err = f.svc.Decide(ctx, analyst, num, registration.DecisionInput{Kind: catalog.DecisionDiscrimination})
	if stelsel.ErrorCode(err) != stelsel.EINVALID {
		t.Fatalf("Decide without details = %v, want EINVALID", err)
	}
	errs := f.svc.ValidateDecision(registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Referral: true, Indications: []string{"x"}})
	fields := map[string]bool{}
	for _, e := range errs {
		fields[e.Field] = true
	}
	for _, want := range []string{"artikelen", "gronden", "verschijningsvorm", "adv", "motivering", "indicaties"} {
		if !fields[want] {
			t.Errorf("ValidateDecision: no error for %s in %v", want, errs)
		}
	}
	if errs := f.svc.ValidateDecision(registration.DecisionInput{Kind: catalog.DecisionNotDiscrimination, Rationale: "x"}); len(errs) != 1 || errs[0].Field != "reden" {
		t.Errorf("not discrimination without reason = %v, want reden", errs)
	}
	if _, err := f.svc.Decide(ctx, analyst, "nope", registration.DecisionInput{Kind: catalog.DecisionMoreInformation, Rationale: "x"}); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		t.Errorf("Decide(missing) = %v, want ENOTFOUND", err)
	}
	// Before a code, an officer of the unit cannot see it, exactly like a missing one.
	if _, err := f.svc.Get(ctx, officer("DH"), num, "test"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		t.Errorf("officer Get before code = %v, want ENOTFOUND", err)
	}
	first, err := f.svc.Decide(ctx, analyst, num, registration.DecisionInput{Kind: catalog.DecisionCodis, Grounds: []string{"herkomst"},
		Manifestation: "bedreiging", Rationale: "Scheldwoord bij bedreiging."})
	if err != nil {
		t.Fatal(err)
	}
	dec, err := f.svc.Decide(ctx, analyst, num, registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137c"},
		Grounds: []string{"herkomst"}, Indications: []string{"anti_zwart_racisme"}, Manifestation: "belediging",
		Referral: true, ADV: "Bureau Discriminatiezaken Den Haag", Rationale: "Correctie: groepsbelediging."})
	if err != nil {
		t.Fatal(err)
	}
	if dec.Supersedes != first.ID {
		t.Errorf("correction supersedes %d, want %d", dec.Supersedes, first.ID)
	}
	det, err := f.svc.Get(ctx, officer("DH"), num, "basisteam")
	if err != nil {
		t.Fatalf("officer Get after code: %v", err)
	}
	if len(det.Decisions) != 2 || det.Current.Kind != catalog.DecisionDiscrimination || det.Status != registration.StatusDecided {
		t.Errorf("history = %+v, status %s; want both decisions, current discriminatie, beoordeeld", det.Decisions, det.Status)
	}
	if _, err := f.svc.Get(ctx, officer("AM"), num, "test"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		t.Errorf("officer of another unit = %v, want ENOTFOUND", err)
	}
	trail := access.NewTrail(f.d, nil)
	views, err := trail.List(ctx, access.Actor{Username: "aud", Role: access.RoleAuditor}, access.Filter{ObjectID: num})
	if err != nil || len(views) < 4 {
		t.Errorf("audit entries for %s = %d, %v; want reads and changes", num, len(views), err)
	}

	// Four eyes: the code waits for a second reviewer.
	f.svc.FourEyes = true
	const rt = "2026-RT-000004"
	if _, err := f.svc.Decide(ctx, analyst, rt, registration.DecisionInput{Kind: catalog.DecisionDiscrimination, Articles: []string{"137e"},
		Grounds: []string{"antisemitisme"}, Manifestation: "bekladding_vernieling", Rationale: "Hakenkruis."}); err != nil {
		t.Fatal(err)
	}
	rows, err := f.svc.CodeRows(ctx, analyst, time.Time{}, f.clock.Add(time.Hour))
	if err != nil || len(rows) != 1 || rows[0].Number != num || rows[0].Code != "DISCRIMINATIE" {
		t.Errorf("codes before confirmation = %+v, %v; want only %s", rows, err, num)
	}
	if _, err := f.svc.Confirm(ctx, analyst, rt); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
		t.Errorf("self-confirm = %v, want ECONFLICT", err)
	}
	if _, err := f.svc.Confirm(ctx, analyst2, rt); err != nil {
		t.Fatal(err)
	}

	// Export: incremental and repeatable.
	dir := t.TempDir()
	ex1, err := f.svc.ExportCodes(ctx, analyst, registration.ExportOptions{Dir: dir})
	if err != nil || ex1.Rows != 2 || len(ex1.Files) != 2 {
		t.Fatalf("first export = %+v, %v; want 2 rows in 2 files", ex1, err)
	}
	ex2, err := f.svc.ExportCodes(ctx, analyst, registration.ExportOptions{Dir: dir})
	if err != nil || ex2.Rows != 0 || !ex2.Since.Equal(ex1.Until) {
		t.Errorf("second export = %+v, %v; want nothing new since %v", ex2, err, ex1.Until)
	}
	ex3, err := f.svc.ExportCodes(ctx, analyst, registration.ExportOptions{Dir: dir, Since: &ex1.Since, Until: &ex1.Until})
	if err != nil || ex3.Rows != 2 {
		t.Errorf("repeated export = %+v, %v; want the same 2 rows", ex3, err)
	}

	list, err := f.svc.UnitList(ctx, analyst, registration.ListFilter{Unit: "DH"})
	if err != nil || len(list) != 1 || !strings.Contains(list[0].FollowUp, "verzonden") || !strings.Contains(list[0].FollowUp, "Bureau") {
		t.Fatalf("UnitList(DH) = %+v, %v", list, err)
	}
	var csvBuf, xlsx bytes.Buffer
	if err := registration.WriteUnitListCSV(&csvBuf, f.svc.Catalog(), list); err != nil || !strings.Contains(csvBuf.String(), "Anti-zwart racisme") {
		t.Errorf("WriteUnitListCSV = %q, %v", csvBuf.String(), err)
	}
	if err := registration.WriteUnitListXLSX(&xlsx, f.svc.Catalog(), list); err != nil || xlsx.Len() < 1000 {
		t.Errorf("WriteUnitListXLSX: %d bytes, %v", xlsx.Len(), err)
	}
	if _, err := f.svc.UnitList(ctx, officer("DH"), registration.ListFilter{Unit: "DH"}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
		t.Errorf("UnitList as officer = %v, want forbidden", err)
	}
	if coded, err := f.svc.CodedList(ctx, officer("DH"), registration.ListFilter{Unit: "DH"}); err != nil || len(coded) != 1 {
		t.Errorf("CodedList as officer = %+v, %v", coded, err)
	}
	if _, err := f.svc.CodedList(ctx, officer("DH"), registration.ListFilter{Unit: "AM"}); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
		t.Errorf("CodedList of another unit = %v, want ENOTFOUND", err)
	}

	st, err := f.svc.Status(ctx, system)
	if err != nil || st.Decided[catalog.DecisionDiscrimination] != 2 || st.Units["RT"].Decided[catalog.DecisionDiscrimination] != 1 {
		t.Errorf("Status = %+v, %v", st, err)
	}

	// A new lexicon: rescreen; decided registrations keep their decision and show the change.
	lex, err := screen.LoadLexicon(strings.NewReader("# name: klein\nterm\tmode\tgrounds\tstrength\texceptions\tfuzzy\tnote\nmuziek\tword\toverig\tstrong\t\t\t\nnikker\tinfix\therkomst\tstrong\t\t\t\n"), "klein.tsv")
	if err != nil {
		t.Fatal(err)
	}
	svc2 := registration.NewService(f.d, access.NewTrail(f.d, nil), screen.New(lex), catalog.Default(), nil)
	rs, err := svc2.Rescreen(ctx, system, registration.RescreenOptions{})
	if err != nil || rs.Screened != 4 || rs.Flagged != 2 {
		t.Fatalf("Rescreen = %+v, %v; want 4 screened, 2 flagged", rs, err)
	}
	det, err = svc2.Get(ctx, analyst, num, "test")
	if err != nil || !det.LexiconChanged || det.Status != registration.StatusDecided || det.Current == nil {
		t.Errorf("after rescreen: %+v, %v; want decision kept, lexicon changed", det, err)
	}
	p, err := svc2.Queue(ctx, analyst, registration.QueueFilter{})
	if err != nil || len(p.Items) != 1 || p.Items[0].Number != "2026-DH-000002" {
		t.Errorf("queue after rescreen = %+v, %v; want only the new hit", p, err)
	}
	if rs, err := svc2.Rescreen(ctx, system, registration.RescreenOptions{}); err != nil || rs.Screened != 0 {
		t.Errorf("second Rescreen = %+v, %v; want nothing to do", rs, err)
	}
}
