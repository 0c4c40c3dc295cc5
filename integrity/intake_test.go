package integrity_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
	"stelsel/integrity"
)

func TestIntakeThreeWays(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		// Named.
		named := f.report(t)
		if !strings.HasPrefix(named.Number, "VIK-2026-DH-") || named.Reporter != "Naam medewerker" {
			t.Errorf("named report: number %s reporter %q", named.Number, named.Reporter)
		}
		// Confidential: the identity is sealed at rest; others see "vertrouwelijke melder".
		conf, err := f.svc.Report(ctx, f.as("onderzoeker2"), integrity.ReportInput{Kind: integrity.KindConfidential, Unit: "DH",
			Description: "Lekken van informatie.", Contact: "06-12345678", Subjects: []integrity.Subject{subject}})
		if err != nil {
			t.Fatalf("confidential Report: %v", err)
		}
		var raw string
		if err := d.QueryRow(ctx, `SELECT identity_sealed || reporter_name || reporter_ref FROM integrity_cases WHERE number = ?`, conf.Number).Scan(&raw); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(raw, "onderzoeker2") || strings.Contains(raw, "Naam") || strings.Contains(raw, "06-12345678") {
			t.Errorf("confidential identity readable in the database: %q", raw)
		}
		got, err := f.svc.Get(ctx, f.as("triage1"), conf.Number, "triage")
		if err != nil || got.Reporter != integrity.ConfidentialReporter {
			t.Errorf("triage sees reporter %q (%v), want %q", got.Reporter, err, integrity.ConfidentialReporter)
		}
		if _, _, err := f.svc.Identity(ctx, f.as("triage1"), conf.Number, "nieuwsgierig"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("triage officer opens identity: %v, want ENOTFOUND", err)
		}
		name, contact, err := f.svc.Identity(ctx, f.as("meldpunt"), conf.Number, "melder terugbellen")
		if err != nil || name != "Naam onderzoeker2" || contact != "06-12345678" {
			t.Errorf("Identity = %q, %q, %v", name, contact, err)
		}
		if _, err := f.svc.Reveal(ctx, f.as("meldpunt"), conf.Number, "", "nodig voor verhoor"); stelsel.ErrorCode(err) != stelsel.EINVALID {
			t.Errorf("Reveal without consent = %v, want EINVALID", err)
		}
		if _, err := f.svc.Reveal(ctx, f.as("meldpunt"), conf.Number, "schriftelijk, 2 maart 2026", "nodig voor verhoor"); err != nil {
			t.Fatalf("Reveal: %v", err)
		}
		if got, _ := f.svc.Get(ctx, f.as("triage1"), conf.Number, "triage"); !strings.HasPrefix(got.Reporter, "Naam onderzoeker2") {
			t.Errorf("after reveal triage sees %q", got.Reporter)
		}
		entries, err := f.trail.List(ctx, access.System("t"), access.Filter{ObjectKind: "integrity_case", ObjectID: conf.Number})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range entries {
			actions = append(actions, e.Action)
		}
		if !strings.Contains(strings.Join(actions, ","), "identity.view") || !strings.Contains(strings.Join(actions, ","), "identity.reveal") {
			t.Errorf("audit of %s = %v, want identity.view and identity.reveal", conf.Number, actions)
		}
		// The reporter follows their own report; another employee does not see it.
		mine, err := f.svc.MyReports(ctx, f.as("onderzoeker2"))
		if err != nil || len(mine) != 1 || mine[0].Number != conf.Number {
			t.Errorf("MyReports = %+v, %v", mine, err)
		}
		if mine, _ := f.svc.MyReports(ctx, f.as("recherche")); len(mine) != 0 {
			t.Errorf("someone else's MyReports = %+v", mine)
		}
		// Anonymous: a 20-digit code, shown once, only a slow hash stored.
		number, code, err := f.svc.ReportAnonymous(ctx, integrity.ReportInput{Unit: "DH", Description: "Diefstal uit de kluis.",
			Subjects: []integrity.Subject{{Name: "onbekende collega", Unit: "DH"}}})
		if err != nil {
			t.Fatalf("ReportAnonymous: %v", err)
		}
		digits := strings.ReplaceAll(code, " ", "")
		if len(digits) != integrity.ReceiptDigits || strings.Trim(digits, "0123456789") != "" {
			t.Errorf("receipt code %q, want %d digits", code, integrity.ReceiptDigits)
		}
		var hash string
		if err := d.QueryRow(ctx, `SELECT receipt_hash FROM integrity_cases WHERE number = ?`, number).Scan(&hash); err != nil || strings.Contains(hash, digits) || len(hash) != 64 {
			t.Errorf("receipt hash %q (%v)", hash, err)
		}
		if _, err := f.svc.Ask(ctx, f.as("meldpunt"), number, "Wanneer gebeurde dit?"); err != nil {
			t.Fatalf("Ask: %v", err)
		}
		pb, err := f.svc.OpenPostbox(ctx, code)
		if err != nil || pb.Number != number || len(pb.Messages) != 1 || !pb.Messages[0].FromVIK {
			t.Fatalf("OpenPostbox = %+v, %v", pb, err)
		}
		if pb.AckDue == nil || !pb.AckDue.Equal(f.clock.AddDate(0, 0, 7)) {
			t.Errorf("postbox acknowledgement due %v, want received + 7 days", pb.AckDue)
		}
		if pb, err = f.svc.ReplyPostbox(ctx, digits, "Op 1 maart, 's nachts."); err != nil || len(pb.Messages) != 2 || pb.Messages[1].FromVIK {
			t.Errorf("ReplyPostbox = %+v, %v", pb, err)
		}
		// Wrong codes answer alike, whatever their form.
		var msgs []string
		for _, wrong := range []string{"1234 5678 9012 3456 7890", "12", "", "abc", digits[:19] + string('0'+(digits[19]-'0'+1)%10)} {
			_, err := f.svc.OpenPostbox(ctx, wrong)
			if stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
				t.Errorf("OpenPostbox(%q) = %v, want ENOTFOUND", wrong, err)
			}
			msgs = append(msgs, stelsel.ErrorMessage(err))
		}
		for _, m := range msgs {
			if m != msgs[0] {
				t.Errorf("wrong codes answer differently: %q", msgs)
				break
			}
		}
	})
}

func TestPostboxRateLimit(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	var throttled bool
	for i := 0; i < 40 && !throttled; i++ {
		_, err := f.svc.OpenPostbox(context.Background(), "1111 2222 3333 4444 5555")
		throttled = errors.Is(err, access.ErrThrottled)
	}
	if !throttled {
		t.Errorf("40 wrong codes within a second: never throttled")
	}
	f.clock = f.clock.Add(2 * time.Minute)
	if _, err := f.svc.OpenPostbox(context.Background(), "1111 2222 3333 4444 5555"); errors.Is(err, access.ErrThrottled) {
		t.Errorf("still throttled two minutes later")
	}
}

func TestWbkDeadlines(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ctx := context.Background()
		c := f.report(t)
		received := f.clock
		if !c.AckDue.Equal(received.AddDate(0, 0, 7)) {
			t.Errorf("ack due %v, want %v", c.AckDue, received.AddDate(0, 0, 7))
		}
		later := f.report(t)
		f.clock = received.AddDate(0, 0, 3)
		c, err := f.svc.Acknowledge(ctx, f.as("meldpunt"), c.Number, "")
		if err != nil {
			t.Fatalf("Acknowledge: %v", err)
		}
		if c.AckDue != nil || !c.FeedbackDue.Equal(f.clock.AddDate(0, 3, 0)) {
			t.Errorf("after acknowledging: ack due %v, feedback due %v, want none and %v", c.AckDue, c.FeedbackDue, f.clock.AddDate(0, 3, 0))
		}
		if _, err := f.svc.Acknowledge(ctx, f.as("meldpunt"), c.Number, ""); stelsel.ErrorCode(err) != stelsel.ECONFLICT {
			t.Errorf("second Acknowledge = %v, want ECONFLICT", err)
		}
		if _, err := f.svc.Acknowledge(ctx, f.as("onderzoeker"), later.Number, ""); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("investigator acknowledges = %v, want ENOTFOUND", err)
		}
		// Ten days in, the other report's acknowledgement is overdue and comes first.
		f.clock = received.AddDate(0, 0, 10)
		dl, err := f.svc.Deadlines(ctx, f.as("meldpunt"), 0)
		if err != nil || len(dl) == 0 {
			t.Fatalf("Deadlines = %v, %v", dl, err)
		}
		if dl[0].Number != later.Number || dl[0].Kind != integrity.DueAcknowledge || !dl[0].Overdue {
			t.Errorf("first deadline %+v, want the overdue acknowledgement of %s", dl[0], later.Number)
		}
		for i, x := range dl[1:] {
			if x.Overdue && !dl[i].Overdue {
				t.Errorf("overdue deadline %+v after a running one", x)
			}
		}
		// The triage officer's dashboard shows triage deadlines, not acknowledgements.
		dl, _ = f.svc.Deadlines(ctx, f.as("triage1"), 0)
		for _, x := range dl {
			if x.Kind != integrity.DueTriage {
				t.Errorf("triage dashboard holds %+v", x)
			}
		}
		if len(dl) != 2 {
			t.Errorf("triage dashboard has %d deadlines, want 2", len(dl))
		}
		// Feedback clears the feedback deadline.
		if c, err = f.svc.Feedback(ctx, f.as("meldpunt"), c.Number, "Wij onderzoeken uw melding."); err != nil || c.FeedbackDue != nil {
			t.Errorf("Feedback: due %v, %v", c.FeedbackDue, err)
		}
	})
}

func TestReportValidation(t *testing.T) {
	f := newFixture(t, dbtest.SQLite(t))
	ctx := context.Background()
	for _, tt := range []struct {
		in    integrity.ReportInput
		field string
	}{
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "XX", Description: "x"}, "eenheid"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH"}, "omschrijving"},
		{integrity.ReportInput{Kind: "anoniem", Unit: "DH", Description: "x"}, "soort"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x", Category: "roddel"}, "categorie"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x", Circumstances: []string{"maanstand"}}, "omstandigheden"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x", Subjects: []integrity.Subject{{Name: "A", Unit: "DH"}}}, "betrokkenen[0].personeelsnummer"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x", Subjects: []integrity.Subject{{PersonnelNo: "P1234", Name: "A", Unit: "DH", Team: "Breda"}}}, "betrokkenen[0].team"},
		{integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x", ReporterName: "Een burger"}, "melder_naam"},
	} {
		_, err := f.svc.Report(ctx, f.as("medewerker"), tt.in)
		var se *stelsel.Error
		if !errors.As(err, &se) || se.Code != stelsel.EINVALID || se.Field != tt.field {
			t.Errorf("Report(%+v) = %v, want EINVALID on %s", tt.in, err, tt.field)
		}
	}
	if _, err := f.svc.Report(ctx, access.Actor{}, integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Description: "x"}); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
		t.Errorf("anonymous actor Report = %v", err)
	}
	// The intake desk registers a report passed on by the OM, naming the reporter.
	c, err := f.svc.Report(ctx, f.as("meldpunt"), integrity.ReportInput{Kind: integrity.KindNamed, Unit: "DH", Source: "extern_om", Description: "Signaal OM", ReporterName: "OM Den Haag"})
	if err != nil || c.Reporter != "OM Den Haag" || c.Source != "extern_om" {
		t.Errorf("registration on behalf = %+v, %v", c, err)
	}
}

func TestNewNeedsKey(t *testing.T) {
	_, err := integrity.New(dbtest.SQLite(t), nil, nil, nil, nil)
	if stelsel.ErrorCode(err) != stelsel.EINVALID || !strings.Contains(stelsel.ErrorMessage(err), integrity.IdentityKeyEnv) {
		t.Errorf("New without key = %v, want a Dutch error naming $%s", err, integrity.IdentityKeyEnv)
	}
}
